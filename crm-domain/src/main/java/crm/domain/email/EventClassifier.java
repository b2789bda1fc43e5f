package crm.domain.email;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells people from machines (SPEC "Machine or human"). The first rule that applies decides:
 *
 * <ol>
 *   <li>{@code HEAD_REQUEST}: a HEAD asks whether the URL works; a mail program or a browser
 *       showing the message always GETs.
 *   <li>{@code HIDDEN_LINK}: the link no person can see or reach was followed.
 *   <li>{@code NO_USER_AGENT}: mail programs and browsers always name themselves.
 *   <li>{@code SCANNER:<id>}: a known scanner's or prefetcher's signature (the reviewed list of
 *       {@link MachineSignatures}).
 *   <li>{@code SOON_AFTER_DELIVERY}: fetched within the configured seconds of delivery, when only
 *       scanners and prefetchers are that fast.
 *   <li>{@code ALL_LINKS_AT_ONCE}: with this click, every visible link of the message (two or
 *       more) was followed within the configured window: people follow one, maybe two.
 * </ol>
 *
 * Otherwise the event is {@code HUMAN}, with the reason {@code PROXY:<id>} when a proxy that fetches
 * on a person's open (Gmail's image proxy) made it, else {@code NO_MACHINE_SIGN}. An event is
 * classified once, when it is recorded; the clicks of a burst before the one that completes it
 * keep their class, but such bursts come within seconds of delivery and are caught by that rule.
 */
public final class EventClassifier {

  /** A classification and why. The reason fits email_event.reason (30 characters). */
  public record Verdict(EventClassification classification, String reason) {
    static Verdict machine(String reason) {
      return new Verdict(EventClassification.MACHINE, reason);
    }
  }

  private final MachineSignatures signatures;
  private final Duration soonAfterDelivery;
  private final Duration allLinksWindow;

  public EventClassifier(MachineSignatures signatures, Duration soonAfterDelivery, Duration allLinksWindow) {
    this.signatures = signatures;
    this.soonAfterDelivery = soonAfterDelivery;
    this.allLinksWindow = allLinksWindow;
  }

  public Verdict classify(TrackedRequest request) {
    if ("HEAD".equalsIgnoreCase(request.method())) {
      return Verdict.machine("HEAD_REQUEST");
    }
    if (request.hiddenLink()) {
      return Verdict.machine("HIDDEN_LINK");
    }
    if (request.userAgent() == null || request.userAgent().isBlank()) {
      return Verdict.machine("NO_USER_AGENT");
    }
    Optional<MachineSignatures.Signature> signature = signatures.match(request.userAgent(), request.sourceAddress());
    if (signature.isPresent() && !signature.get().personProxy()) {
      return Verdict.machine("SCANNER:" + signature.get().id());
    }
    if (request.deliveredAt() != null && request.at().isBefore(request.deliveredAt().plus(soonAfterDelivery))) {
      return Verdict.machine("SOON_AFTER_DELIVERY");
    }
    if (allLinksAtOnce(request)) {
      return Verdict.machine("ALL_LINKS_AT_ONCE");
    }
    return new Verdict(EventClassification.HUMAN,
        signature.map(s -> "PROXY:" + s.id()).orElse("NO_MACHINE_SIGN"));
  }

  private boolean allLinksAtOnce(TrackedRequest request) {
    if (request.type() != EmailEventType.CLICK || request.visibleLinks() < 2) {
      return false;
    }
    Set<Integer> followed = new HashSet<>();
    followed.add(request.linkNo());
    for (TrackedRequest.Click click : request.earlierClicks()) {
      boolean visible = click.linkNo() <= request.visibleLinks();
      if (visible && !click.at().isBefore(request.at().minus(allLinksWindow)) && !click.at().isAfter(request.at())) {
        followed.add(click.linkNo());
      }
    }
    return followed.size() >= request.visibleLinks();
  }
}
