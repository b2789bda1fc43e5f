package crm.service.mail;

import java.time.LocalDateTime;

/**
 * One message claimed by this instance. The claim's expiry doubles as its token: a delivery only
 * goes ahead while the row still carries it, so a message taken over by another instance after
 * a crash or a long stall is never sent by both.
 */
public record Claim(long id, LocalDateTime claimedUntil) {}
