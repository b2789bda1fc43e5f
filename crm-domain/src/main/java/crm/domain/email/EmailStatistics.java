package crm.domain.email;

/**
 * The email figures of a campaign (F-12 with F-53), over the emails of its interaction log
 * entries that are not canceled: emails sent, and of those the ones a person opened (an open,
 * a click or a download: a click proves the message was read even with images blocked), clicked
 * and replied to, each email counted once; plus the machine events, counted apart.
 */
public record EmailStatistics(long emailsSent, long emailsOpened, long emailsClicked, long emailsReplied,
    long machineEvents) {}
