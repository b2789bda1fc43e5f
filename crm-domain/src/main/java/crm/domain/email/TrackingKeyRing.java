package crm.domain.email;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;

/**
 * Signs tracking tokens with the newest key and verifies them with every key still valid (F-75).
 *
 * <p>The URL text is 44 URL-safe Base64 characters: one byte naming the key, the payload (event
 * type, email id, link number or file tag: 16 bytes) encrypted with AES as one block, and the
 * first 16 bytes of an HMAC-SHA256 over both. Encrypting the payload makes tokens opaque: they do
 * not show the email id, nor that two tokens belong to the same email. Anything that does not
 * verify (forged, truncated, altered, made by an unknown or expired key) is refused the same way.
 *
 * <p>Rotation: keys are listed newest first; the first signs. An older key still verifies until
 * {@code previousKeysValidDays} after the date of the key that replaced it, then it is refused.
 */
public final class TrackingKeyRing {

  private static final int BLOCK = 16;
  private static final int SIGNATURE = 16;
  private static final int LENGTH = 1 + BLOCK + SIGNATURE;
  /** The type codes inside tokens (1, 2, 3), fixed whatever the order of the enum. */
  private static final List<EmailEventType> TYPES =
      List.of(EmailEventType.OPEN, EmailEventType.CLICK, EmailEventType.ATTACHMENT_OPEN);
  private final List<TrackingKey> keys;
  private final int previousKeysValidDays;

  public TrackingKeyRing(List<TrackingKey> newestFirst, int previousKeysValidDays) {
    if (newestFirst.isEmpty() || previousKeysValidDays < 0) {
      throw new IllegalArgumentException("A key ring needs a key and a validity of 0 days or more");
    }
    for (int i = 1; i < newestFirst.size(); i++) {
      if (!newestFirst.get(i).since().isBefore(newestFirst.get(i - 1).since())) {
        throw new IllegalArgumentException("Tracking keys are listed newest first, each with an earlier date");
      }
    }
    this.keys = List.copyOf(newestFirst);
    this.previousKeysValidDays = previousKeysValidDays;
  }

  /** The URL text of a token, signed with the newest key. */
  public String sign(TrackingToken token) {
    TrackingKey key = keys.get(0);
    ByteBuffer bytes = ByteBuffer.allocate(LENGTH).put(key.tag());
    bytes.put(crypt(Cipher.ENCRYPT_MODE, key, payload(token), 0));
    byte[] signature = TrackingKey.hmac(key.signingKey(), bytes.array(), 0, 1 + BLOCK);
    bytes.put(signature, 0, SIGNATURE);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** The token of a URL text, when a key valid at {@code now} made it; empty otherwise. */
  public Optional<TrackingToken> verify(String text, Instant now) {
    byte[] bytes = decode(text);
    if (bytes == null) {
      return Optional.empty();
    }
    for (int i = 0; i < keys.size(); i++) {
      TrackingKey key = keys.get(i);
      if (key.tag() == bytes[0] && validAt(i, now) && signedBy(key, bytes)) {
        return token(crypt(Cipher.DECRYPT_MODE, key, bytes, 1));
      }
    }
    return Optional.empty();
  }

  private boolean validAt(int index, Instant now) {
    if (index == 0) {
      return true;
    }
    Instant replaced = keys.get(index - 1).since().atStartOfDay(ZoneOffset.UTC).toInstant();
    return now.isBefore(replaced.plus(Duration.ofDays(previousKeysValidDays)));
  }

  private static boolean signedBy(TrackingKey key, byte[] bytes) {
    byte[] expected = TrackingKey.hmac(key.signingKey(), bytes, 0, 1 + BLOCK);
    byte[] given = new byte[SIGNATURE];
    System.arraycopy(bytes, 1 + BLOCK, given, 0, SIGNATURE);
    byte[] wanted = new byte[SIGNATURE];
    System.arraycopy(expected, 0, wanted, 0, SIGNATURE);
    return MessageDigest.isEqual(given, wanted);
  }

  private static byte[] decode(String text) {
    if (text == null || text.length() != 44) {
      return null;
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(text);
      return bytes.length == LENGTH ? bytes : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] payload(TrackingToken token) {
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    block.put((byte) (TYPES.indexOf(token.type()) + 1)).putLong(token.emailId());
    block.put(ByteBuffer.allocate(8).putLong(token.argument()).array(), 1, 7);
    return block.array();
  }

  private static Optional<TrackingToken> token(byte[] block) {
    ByteBuffer buffer = ByteBuffer.wrap(block);
    int type = buffer.get();
    long emailId = buffer.getLong();
    long argument = ByteBuffer.allocate(8).put((byte) 0).put(block, 9, 7).flip().getLong();
    if (type < 1 || type > TYPES.size()) {
      return Optional.empty();
    }
    return Optional.of(new TrackingToken(TYPES.get(type - 1), emailId, argument));
  }

  private static byte[] crypt(int mode, TrackingKey key, byte[] data, int offset) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(mode, key.encryptionKey());
      return cipher.doFinal(data, offset, BLOCK);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has AES", e);
    }
  }
}
