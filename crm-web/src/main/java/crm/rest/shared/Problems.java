package crm.rest.shared;

import crm.domain.shared.AccessRefusedException;
import crm.domain.shared.BusinessException;
import crm.domain.shared.ConflictException;
import crm.domain.shared.UnknownRecordException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem-details responses in the caller's language (Accept-Language: en or fr). */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";
  private static final List<String> LANGUAGES = List.of("en", "fr");

  private Problems() {}

  static Response of(BusinessException e, HttpHeaders headers) {
    int status = e instanceof UnknownRecordException ? 404 : e instanceof ConflictException ? 409
        : e instanceof AccessRefusedException ? 403 : 422;
    return of(status, e.messageIn(locale(headers)));
  }

  static Response of(int status, String detail) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = status == 422 ? "Unprocessable Content" : known == null ? "Error" : known.getReasonPhrase();
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem(status, title, detail))
        .build();
  }

  static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      for (Locale locale : headers.getAcceptableLanguages()) {
        if (LANGUAGES.contains(locale.getLanguage())) {
          return locale;
        }
      }
    }
    return Locale.ENGLISH;
  }
}
