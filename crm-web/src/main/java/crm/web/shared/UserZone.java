package crm.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The user's time zone, in which the pages show and read times that are instants (an email's
 * send time): the browser's own zone, which every page hands over in the cookie {@value #COOKIE}
 * (js/time-zone.js), else the server's zone until the browser has done so.
 */
@Named
@RequestScoped
public class UserZone {

  static final String COOKIE = "crm-tz";
  @Inject private Clock clock;
  private ZoneId zone;

  public ZoneId getZone() {
    if (zone == null) {
      zone = fromCookie();
    }
    return zone;
  }

  /** The zone's id, e.g. "Europe/Paris", to name it beside a time. */
  public String getId() {
    return getZone().getId();
  }

  /** The instant as the user's wall-clock time, for the converter crm.date and date pickers. */
  public LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, getZone());
  }

  /** The instant as the wall-clock time of another zone (a recipient's). */
  public LocalDateTime localIn(Instant instant, ZoneId other) {
    return instant == null || other == null ? null : LocalDateTime.ofInstant(instant, other);
  }

  /**
   * A time the outbox keeps as the server's wall-clock time (the zone of the application's clock),
   * as the user's wall-clock time.
   */
  public LocalDateTime fromServer(LocalDateTime serverTime) {
    return serverTime == null ? null : local(serverTime.atZone(clock.getZone()).toInstant());
  }

  /** The user's wall-clock time as an instant; a time skipped by daylight saving moves forward. */
  public Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(getZone()).toInstant();
  }

  private static ZoneId fromCookie() {
    Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie c && c.getValue() != null) {
      try {
        return ZoneId.of(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
      } catch (DateTimeException | IllegalArgumentException unknown) {
        return ZoneId.systemDefault();
      }
    }
    return ZoneId.systemDefault();
  }
}
