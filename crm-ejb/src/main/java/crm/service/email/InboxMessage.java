package crm.service.email;

import java.util.List;

/**
 * A message of the sender mailbox as the reply job read it (F-55): its place (folder, UIDVALIDITY
 * and UID), its Message-ID (its place when it has none), the Message-IDs its In-Reply-To and
 * References name, and its subject.
 */
record InboxMessage(String mailboxKey, String messageId, List<String> answered, String subject) {}
