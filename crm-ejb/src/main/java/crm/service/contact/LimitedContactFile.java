package crm.service.contact;

import crm.domain.shared.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A contacts file as read, that stops past {@link ContactCsv#MAX_BYTES}: the file is refused,
 * whatever it holds, while it streams in, so an upload of any size never fills the disk or the
 * memory before it is refused.
 */
final class LimitedContactFile extends FilterInputStream {

  private long read;

  LimitedContactFile(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > ContactCsv.MAX_BYTES) {
      throw new InvalidInputException("contactImport.tooLarge", ContactCsv.MAX_BYTES / 1024 / 1024);
    }
  }
}
