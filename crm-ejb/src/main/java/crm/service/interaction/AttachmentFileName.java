package crm.service.interaction;

import crm.domain.shared.InvalidInputException;

/**
 * The name a file attached to a template is kept and sent under: the last part of what the
 * browser or client sent (never a path), without control characters and the characters that
 * file systems and mail programs refuse, at most 200 characters with its extension kept.
 */
final class AttachmentFileName {

  static final int MAX_LENGTH = 200;

  private AttachmentFileName() {}

  static String clean(String sent) {
    String name = sent == null ? "" : sent;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip().replaceAll("^\\.+", "").strip();
    if (name.isEmpty()) {
      throw new InvalidInputException("attachment.badName", sent == null ? "" : sent);
    }
    if (name.length() > MAX_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
    return name;
  }
}
