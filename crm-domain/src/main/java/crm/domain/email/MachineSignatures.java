package crm.domain.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reviewed list of known fetchers of tracking URLs ({@code machine-signatures.txt} next to
 * this class): mail security scanners, privacy prefetchers, link previews, and the image proxies
 * that fetch on a person's behalf. Each entry matches the User-Agent or the source network.
 */
public final class MachineSignatures {

  /** One entry of the list. {@code personProxy}: fetched when a person opens the message. */
  public record Signature(String id, boolean personProxy, Pattern agent, Network network) {

    boolean matches(String userAgent, byte[] address) {
      return agent != null ? userAgent != null && agent.matcher(userAgent).find()
          : address != null && network.contains(address);
    }
  }

  /** An IPv4 or IPv6 network written as CIDR. */
  public record Network(byte[] prefix, int bits) {

    static Network parse(String cidr) {
      int slash = cidr.indexOf('/');
      byte[] prefix = address(cidr.substring(0, slash));
      int bits = Integer.parseInt(cidr.substring(slash + 1));
      if (prefix == null || bits < 0 || bits > prefix.length * 8) {
        throw new IllegalArgumentException("Not a network: " + cidr);
      }
      return new Network(prefix, bits);
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int shift = prefix.length * 8 - bits;
      return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, prefix).shiftRight(shift));
    }
  }

  private final List<Signature> signatures;

  MachineSignatures(List<Signature> signatures) {
    this.signatures = List.copyOf(signatures);
  }

  /** The list shipped with the application. */
  public static MachineSignatures reviewed() {
    try (InputStream in = MachineSignatures.class.getResourceAsStream("machine-signatures.txt")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MachineSignatures parse(String text) {
    List<Signature> entries = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(entry(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MachineSignatures(entries);
  }

  private static Signature entry(String line) {
    String[] parts = line.split("\\s+", 4);
    if (parts.length < 4 || parts[0].length() > 19
        || !(parts[1].equals("machine") || parts[1].equals("person-proxy"))) {
      throw new IllegalArgumentException("Bad signature line: " + line);
    }
    boolean personProxy = parts[1].equals("person-proxy");
    return switch (parts[2]) {
      case "agent" -> new Signature(parts[0], personProxy, Pattern.compile(parts[3], Pattern.CASE_INSENSITIVE), null);
      case "address" -> new Signature(parts[0], personProxy, null, Network.parse(parts[3]));
      default -> throw new IllegalArgumentException("Bad signature field: " + line);
    };
  }

  /** The first entry matching the request, if any. */
  public Optional<Signature> match(String userAgent, String sourceAddress) {
    byte[] address = address(sourceAddress);
    return signatures.stream().filter(s -> s.matches(userAgent, address)).findFirst();
  }

  public List<Signature> all() {
    return signatures;
  }

  /** The bytes of a literal IP address (never a DNS lookup); null for anything else. */
  static byte[] address(String text) {
    if (text == null || !text.matches("[0-9a-fA-F:.]+") || !(text.contains(".") || text.contains(":"))) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
