package crm.rest.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Answers a PDF shown in the browser, with a file name for saving it. */
public final class Pdfs {

  private Pdfs() {}

  public static Response inline(byte[] pdf, String fileName) {
    return answer(pdf, fileName);
  }

  /** A PDF written to the answer as it is made, whatever its size. */
  public static Response inline(StreamingOutput pdf, String fileName) {
    return answer(pdf, fileName);
  }

  private static Response answer(Object pdf, String fileName) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .build();
  }
}
