package crm.domain.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One secret of the tracking key ring, written {@code yyyy-mm-dd:secret}: the date it came into
 * use, then at least 32 characters of secret. The date lets older keys expire a configured number
 * of days after a newer one replaced them. Two keys are derived from the secret (HMAC-SHA256 with
 * fixed labels): one encrypts token payloads, one signs them; a one-byte tag, also derived,
 * tells which key made a token without revealing anything about the secret.
 */
public final class TrackingKey {

  static final int MIN_SECRET_LENGTH = 32;
  private final LocalDate since;
  private final byte[] encryptionKey;
  private final byte[] signingKey;
  private final byte tag;

  public TrackingKey(LocalDate since, String secret) {
    if (since == null || secret == null || secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException("A tracking key needs a date and at least "
          + MIN_SECRET_LENGTH + " characters of secret");
    }
    byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
    this.since = since;
    this.encryptionKey = Arrays.copyOf(derive(raw, "crm-tracking-encrypt"), 16);
    this.signingKey = derive(raw, "crm-tracking-sign");
    this.tag = derive(raw, "crm-tracking-tag")[0];
  }

  /** Reads {@code yyyy-mm-dd:secret}; the message never repeats the secret. */
  public static TrackingKey parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("A tracking key is written yyyy-mm-dd:secret");
    }
    try {
      return new TrackingKey(LocalDate.parse(text.substring(0, colon).trim()), text.substring(colon + 1).trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("A tracking key starts with its date, yyyy-mm-dd", e);
    }
  }

  /** A new random secret (256 bits, URL-safe Base64), for a key the application keeps itself. */
  public static String newSecret(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public LocalDate since() {
    return since;
  }

  byte tag() {
    return tag;
  }

  SecretKeySpec encryptionKey() {
    return new SecretKeySpec(encryptionKey, "AES");
  }

  SecretKeySpec signingKey() {
    return new SecretKeySpec(signingKey, "HmacSHA256");
  }

  static byte[] hmac(SecretKeySpec key, byte[] data, int offset, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(data, offset, length);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has HmacSHA256", e);
    }
  }

  private static byte[] derive(byte[] secret, String label) {
    byte[] labelBytes = label.getBytes(StandardCharsets.US_ASCII);
    return hmac(new SecretKeySpec(secret, "HmacSHA256"), labelBytes, 0, labelBytes.length);
  }

  @Override
  public String toString() {
    return "TrackingKey[since=" + since + "]";
  }
}
