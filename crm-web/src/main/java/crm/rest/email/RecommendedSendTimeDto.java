package crm.rest.email;

import crm.domain.email.SendTimeRecommendation;
import java.time.Instant;

/** The recommended send time and the recipient's zone, to show the recipient's local time beside it. */
public record RecommendedSendTimeDto(Instant sendAt, String timeZone) {

  static RecommendedSendTimeDto from(SendTimeRecommendation recommendation) {
    return new RecommendedSendTimeDto(recommendation.sendAt(), recommendation.zone().getId());
  }
}
