package crm.service.mail;

/**
 * What starting an attempt needs of a claimed message (locked): the message, its Message-ID (its
 * first attempt's; null before it), how many attempts it had, and whether its contact refuses
 * email meanwhile (F-59).
 */
record AttemptTarget(OutboxMessage message, String messageId, int attemptsStarted, boolean contactRefusesEmail) {}
