package crm.domain.shared;

/**
 * An argument of a refused action's message that is itself translated, such as the name of a
 * code table: a key of the same bundle, resolved in the user's language with the message.
 */
public record MessageText(String key) {}
