package crm.rest.segment;

import crm.rest.shared.Blanks;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.segment.SegmentLine;

/**
 * A segment line. The interaction values are the line's own; null means "as on the header". The
 * letter subject and body are the letter edited for this line only (with merge fields); null means
 * the template's text.
 */
public record SegmentLineDto(
    Long lineNo, String contactNo, String contactCompanyNo, String interactionTemplateCode,
    String description, String subject, String languageCode, CorrespondenceType correspondenceType,
    Boolean campaignTarget, Boolean campaignResponse, String letterSubject, String letterBody) {

  static SegmentLineDto from(SegmentLine l) {
    return new SegmentLineDto(l.getLineNo(), l.getContactNo(), l.getContactCompanyNo(),
        l.getInteractionTemplateCode(), l.getDescription(), l.getSubject(), l.getLanguageCode(), l.getCorrespondenceType(),
        l.isCampaignTarget(), l.isCampaignResponse(), l.getLetterSubject(), l.getLetterBody());
  }

  void applyTo(SegmentLine l) {
    l.setInteractionTemplateCode(Blanks.toNull(interactionTemplateCode));
    l.setDescription(Blanks.toNull(description));
    l.setSubject(Blanks.toNull(subject));
    l.setLanguageCode(Blanks.toNull(languageCode));
    l.setCorrespondenceType(correspondenceType);
    l.setLetterSubject(Blanks.toNull(letterSubject));
    l.setLetterBody(Blanks.toNull(letterBody));
    if (campaignTarget != null) {
      l.setCampaignTarget(campaignTarget);
    }
    if (campaignResponse != null) {
      l.setCampaignResponse(campaignResponse);
    }
  }
}
