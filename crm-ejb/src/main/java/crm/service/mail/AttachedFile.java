package crm.service.mail;

/** A file of the template language version (F-31), sent with every email of that version. */
public record AttachedFile(String fileName, String contentType, byte[] content) {}
