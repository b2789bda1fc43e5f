package crm.domain.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
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
  /** Mac and Cipher objects are not thread-safe and costly to make: one per thread and key. */
  private final ThreadLocal<Mac> macs;
  private final ThreadLocal<Cipher> encrypters;
  private final ThreadLocal<Cipher> decrypters;

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
    this.macs = ThreadLocal.withInitial(() -> mac(signingKey));
    this.encrypters = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE, encryptionKey));
    this.decrypters = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE, encryptionKey));
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

  /** The HMAC-SHA256 of the bytes with the signing key. */
  byte[] sign(byte[] data, int offset, int length) {
    Mac mac = macs.get();
    mac.update(data, offset, length);
    return mac.doFinal();
  }

  /** One AES block encrypted or decrypted ({@link Cipher#ENCRYPT_MODE}, {@link Cipher#DECRYPT_MODE}). */
  byte[] crypt(int mode, byte[] data, int offset, int length) {
    try {
      return (mode == Cipher.ENCRYPT_MODE ? encrypters : decrypters).get().doFinal(data, offset, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES on one block cannot fail", e);
    }
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has HmacSHA256", e);
    }
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has HmacSHA256", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"));
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has AES", e);
    }
  }

  private static byte[] derive(byte[] secret, String label) {
    return hmac(new SecretKeySpec(secret, "HmacSHA256"), label.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "TrackingKey[since=" + since + "]";
  }
}
