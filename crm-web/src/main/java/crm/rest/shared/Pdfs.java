package crm.rest.shared;

import jakarta.ws.rs.core.Response;

/** Answers a PDF shown in the browser, with a file name for saving it. */
public final class Pdfs {

  private Pdfs() {}

  public static Response inline(byte[] pdf, String fileName) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .build();
  }
}
