package crm.domain.email;

/**
 * A link of a tracked email as recorded in email_link: its number in the message, the address a
 * click redirects to, and whether it is the hidden link that only machines follow.
 */
public record TrackedLink(int linkNo, String url, boolean hidden) {}
