package crm.rest.segment;

import crm.rest.shared.Blanks;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.segment.SegmentLine;

/**
 * A segment line. The interaction values are the line's own; null means "as on the header".
 */
public record SegmentLineDto(
    Long lineNo, String contactNo, String contactCompanyNo, String interactionTemplateCode,
    String subject, String languageCode, CorrespondenceType correspondenceType,
    Boolean campaignTarget, Boolean campaignResponse) {

  static SegmentLineDto from(SegmentLine l) {
    return new SegmentLineDto(l.getLineNo(), l.getContactNo(), l.getContactCompanyNo(),
        l.getInteractionTemplateCode(), l.getSubject(), l.getLanguageCode(), l.getCorrespondenceType(),
        l.isCampaignTarget(), l.isCampaignResponse());
  }

  void applyTo(SegmentLine l) {
    l.setInteractionTemplateCode(Blanks.toNull(interactionTemplateCode));
    l.setSubject(Blanks.toNull(subject));
    l.setLanguageCode(Blanks.toNull(languageCode));
    l.setCorrespondenceType(correspondenceType);
    if (campaignTarget != null) {
      l.setCampaignTarget(campaignTarget);
    }
    if (campaignResponse != null) {
      l.setCampaignResponse(campaignResponse);
    }
  }
}
