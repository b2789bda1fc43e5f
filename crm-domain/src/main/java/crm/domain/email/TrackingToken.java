package crm.domain.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a tracking URL stands for: the open of an email, a click on its link number
 * {@code linkNo}, or the download of one of its tracked files. A file is named by a 56-bit tag
 * of its name, so the token stays the same size whatever the name and does not carry it.
 * {@link TrackingKeyRing} turns a token into the opaque signed text of the URL and back.
 */
public record TrackingToken(EmailEventType type, long emailId, long argument) {

  /** Link numbers and file tags fit the 7 bytes the signed form keeps for them. */
  static final long ARGUMENT_LIMIT = 1L << 56;

  public TrackingToken {
    Objects.requireNonNull(type, "type");
    if (type == EmailEventType.REPLY) {
      throw new IllegalArgumentException("A reply is not tracked by a URL");
    }
    if (argument < 0 || argument >= ARGUMENT_LIMIT) {
      throw new IllegalArgumentException("Argument out of range: " + argument);
    }
  }

  public static TrackingToken open(long emailId) {
    return new TrackingToken(EmailEventType.OPEN, emailId, 0);
  }

  public static TrackingToken click(long emailId, int linkNo) {
    if (linkNo < 1) {
      throw new IllegalArgumentException("Links are numbered from 1: " + linkNo);
    }
    return new TrackingToken(EmailEventType.CLICK, emailId, linkNo);
  }

  public static TrackingToken attachment(long emailId, String fileName) {
    return new TrackingToken(EmailEventType.ATTACHMENT_OPEN, emailId, fileTag(fileName));
  }

  /** The link number of a click token. */
  public int linkNo() {
    return type == EmailEventType.CLICK ? (int) argument : 0;
  }

  /** Whether this attachment token names the file {@code fileName}. */
  public boolean names(String fileName) {
    return type == EmailEventType.ATTACHMENT_OPEN && argument == fileTag(fileName);
  }

  static long fileTag(String fileName) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
      long tag = 0;
      for (byte b : Arrays.copyOf(hash, 7)) {
        tag = (tag << 8) | (b & 0xff);
      }
      return tag;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
