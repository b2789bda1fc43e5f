package crm.service.interaction;

import crm.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a file attached to a template or an email is kept and sent under: the last part of
 * what the browser or client sent (never a path), without control characters and the characters
 * that file systems and mail programs refuse, at most 200 characters with its extension kept.
 * Also the checks every attached file passes: not empty, at most {@link #MAX_BYTES}, a content
 * type that is one.
 */
public final class AttachmentFileName {

  static final int MAX_LENGTH = 200;

  /** The largest file accepted: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final String DEFAULT_TYPE = "application/octet-stream";
  private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

  private AttachmentFileName() {}

  /** Refuses an empty file or one over {@link #MAX_BYTES}, naming it. */
  public static void checkContent(String name, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("attachment.empty", name);
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("attachment.tooLarge", name, MAX_BYTES / (1024 * 1024));
    }
  }

  /** The type as sent without parameters, e.g. "application/pdf"; unknown or malformed: octet-stream. */
  public static String contentType(String sent) {
    if (sent == null) {
      return DEFAULT_TYPE;
    }
    String type = sent.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return CONTENT_TYPE.matcher(type).matches() && type.length() <= 100 ? type : DEFAULT_TYPE;
  }

  public static String clean(String sent) {
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
