package crm.service.email;

import crm.domain.email.EmailEventType;
import crm.domain.email.EventClassifier.Verdict;
import crm.domain.email.TrackedRequest;
import crm.domain.email.TrackingToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the public tracking URLs do (F-53, F-75): verify the token, record one classified event
 * (DESIGN.md decision 9) and answer what the URL stands for. A token that does not verify, or
 * names an email not sent with tracking ON, a link or a file the email does not have, records
 * nothing and answers empty, so that the endpoint cannot tell these cases apart. A click answers
 * only the address recorded for that link of that email (no open redirect).
 *
 * <p>No role: the people who open their mail have no login.
 */
@Stateless
@PermitAll
public class TrackingService {

  @PersistenceContext private EntityManager em;
  @Inject private TrackingSettings settings;
  @Inject private Clock clock;

  /** Records an open; false when the token is not a valid open token of a tracked email. */
  public boolean open(String token, TrackingHit hit) {
    Instant now = clock.instant();
    Optional<TrackingToken> open = verify(token, EmailEventType.OPEN, now);
    TrackingEvents events = new TrackingEvents(em);
    Optional<TrackingEvents.Target> email = open.flatMap(t -> events.email(t.emailId()));
    email.ifPresent(target -> events.insert(open.get().emailId(), EmailEventType.OPEN, now, null, null, null, hit,
        classify(EmailEventType.OPEN, hit, now, target, 0, List.of())));
    return email.isPresent();
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
    TrackingEvents events = new TrackingEvents(em);
    Optional<TrackingEvents.Target> link = events.link(emailId, linkNo);
    link.ifPresent(target -> {
      List<TrackedRequest.Click> recent = target.visibleLinks() < 2 ? List.of()
          : events.clicksSince(emailId, now.minus(settings.allLinksWindow()));
      events.insert(emailId, EmailEventType.CLICK, now, linkNo, null, target.url(), hit,
          classify(EmailEventType.CLICK, hit, now, target, linkNo, recent));
    });
    return link.map(TrackingEvents.Target::url);
  }

  /** Records the download of a tracked file and answers the file. */
  public Optional<TrackedFile> attachment(String token, TrackingHit hit) {
    Instant now = clock.instant();
    Optional<TrackingToken> download = verify(token, EmailEventType.ATTACHMENT_OPEN, now);
    TrackingEvents events = new TrackingEvents(em);
    Optional<TrackingEvents.Target> email = download.flatMap(t -> events.email(t.emailId()));
    if (email.isEmpty()) {
      return Optional.empty();
    }
    long emailId = download.get().emailId();
    Optional<TrackedFile> file = files(emailId).stream().filter(f -> download.get().names(f.fileName())).findFirst();
    file.ifPresent(f -> events.insert(emailId, EmailEventType.ATTACHMENT_OPEN, now, null, f.fileName(), null, hit,
        classify(EmailEventType.ATTACHMENT_OPEN, hit, now, email.get(), 0, List.of())));
    return file;
  }

  private Optional<TrackingToken> verify(String token, EmailEventType type, Instant now) {
    return settings.keyRing().verify(token, now).filter(t -> t.type() == type);
  }

  private Verdict classify(EmailEventType type, TrackingHit hit, Instant now, TrackingEvents.Target target,
      int linkNo, List<TrackedRequest.Click> recent) {
    return settings.classifier().classify(new TrackedRequest(type, hit.method(), hit.userAgent(), hit.sourceAddress(),
        now, target.sentAt(), linkNo, target.hidden(), target.visibleLinks(), recent));
  }

  private List<TrackedFile> files(long emailId) {
    List<?> rows = em.createNativeQuery("select file_name, content_type, content from email_attachment"
            + " where email_id = ?1 and tracked = true")
        .setParameter(1, emailId).getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(row -> new TrackedFile((String) row[0], (String) row[1], (byte[]) row[2])).toList();
  }
}
