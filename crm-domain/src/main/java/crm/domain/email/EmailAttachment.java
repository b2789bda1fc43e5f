package crm.domain.email;

/**
 * A file attached to an email, as listed: a tracked file is sent as a download link that records
 * when it is opened (F-53), an untracked one as a part of the message.
 */
public record EmailAttachment(String fileName, String contentType, long size, boolean tracked) {}
