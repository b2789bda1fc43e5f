package crm.service.email;

import crm.domain.email.EmailEventType;
import crm.domain.email.EventClassifier.Verdict;
import crm.domain.email.TrackedRequest;
import crm.domain.email.TrackingToken;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What the public tracking URLs do (F-53, F-75): verify the token, record one classified event
 * (DESIGN.md decision 9) and answer what the URL stands for. A token that does not verify, or
 * names an email not sent with tracking ON, a link or a file the email does not have, records
 * nothing and answers empty, so that the endpoint cannot tell these cases apart. A click answers
 * only the address recorded for that link of that email (no open redirect).
 *
 * <p>No role: the people who open their mail have no login. Plain JDBC on the transaction's
 * connection rather than JPA: these are the busiest statements of the application (issue 8's
 * tracking benchmark), and JPA's query building cost a fifth of each request there.
 */
@Stateless
@PermitAll
public class TrackingService {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;
  @Inject private TrackingSettings settings;
  @Inject private Clock clock;

  /** Records an open; false when the token is not a valid open token of a tracked email. */
  public boolean open(String token, TrackingHit hit) {
    Instant now = clock.instant();
    Optional<TrackingToken> open = verify(token, EmailEventType.OPEN, now);
    return open.isPresent() && withEvents(events -> {
      Optional<TrackingEvents.Target> email = events.email(open.get().emailId());
      email.ifPresent(target -> events.insert(open.get().emailId(), EmailEventType.OPEN, now, null, null, null, hit,
          classify(EmailEventType.OPEN, hit, now, target, 0, List.of())));
      return email.isPresent();
    });
  }

  /** Records a click and answers the address recorded for the link. */
  public Optional<String> click(String token, TrackingHit hit) {
    Instant now = clock.instant();
    Optional<TrackingToken> click = verify(token, EmailEventType.CLICK, now);
    if (click.isEmpty()) {
      return Optional.empty();
    }
    long emailId = click.get().emailId();
    int linkNo = click.get().linkNo();
    return withEvents(events -> {
      Optional<TrackingEvents.Target> link = events.link(emailId, linkNo);
      link.ifPresent(target -> {
        List<TrackedRequest.Click> recent = target.visibleLinks() < 2 ? List.of()
            : events.clicksSince(emailId, now.minus(settings.allLinksWindow()));
        events.insert(emailId, EmailEventType.CLICK, now, linkNo, null, target.url(), hit,
            classify(EmailEventType.CLICK, hit, now, target, linkNo, recent));
      });
      return link.map(TrackingEvents.Target::url);
    });
  }

  /** Records the download of a tracked file and answers the file. */
  public Optional<TrackedFile> attachment(String token, TrackingHit hit) {
    Instant now = clock.instant();
    Optional<TrackingToken> download = verify(token, EmailEventType.ATTACHMENT_OPEN, now);
    if (download.isEmpty()) {
      return Optional.empty();
    }
    long emailId = download.get().emailId();
    return withEvents(events -> events.email(emailId).flatMap(email -> {
      Optional<TrackedFile> file = events.trackedFiles(emailId).stream()
          .filter(f -> download.get().names(f.fileName())).findFirst();
      file.ifPresent(f -> events.insert(emailId, EmailEventType.ATTACHMENT_OPEN, now, null, f.fileName(), null, hit,
          classify(EmailEventType.ATTACHMENT_OPEN, hit, now, email, 0, List.of())));
      return file;
    }));
  }

  private <T> T withEvents(Function<TrackingEvents, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(new TrackingEvents(new Sql(connection)));
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  private Optional<TrackingToken> verify(String token, EmailEventType type, Instant now) {
    return settings.keyRing().verify(token, now).filter(t -> t.type() == type);
  }

  private Verdict classify(EmailEventType type, TrackingHit hit, Instant now, TrackingEvents.Target target,
      int linkNo, List<TrackedRequest.Click> recent) {
    return settings.classifier().classify(new TrackedRequest(type, hit.method(), hit.userAgent(), hit.sourceAddress(),
        now, target.sentAt(), linkNo, target.hidden(), target.visibleLinks(), recent));
  }
}
