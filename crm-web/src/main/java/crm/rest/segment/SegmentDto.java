package crm.rest.segment;

import crm.rest.shared.Blanks;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.segment.Segment;
import crm.service.segment.SegmentService.SegmentCounts;
import java.time.LocalDate;

/** A segment header as the API shows and takes it, with its No. of Lines. */
public record SegmentDto(
    String no, String description, LocalDate date, String salespersonCode, String campaignNo,
    Boolean campaignTarget, Boolean campaignResponse, String interactionTemplateCode, String subject,
    String languageCode, CorrespondenceType correspondenceType, Boolean ignoreContactCorrespondenceType,
    long noOfLines, long noOfCriteriaActions, String loggedSegmentNo, Integer version) {

  static SegmentDto from(Segment s, SegmentCounts counts) {
    return new SegmentDto(s.getNo(), s.getDescription(), s.getDate(), s.getSalespersonCode(),
        s.getCampaignNo(), s.isCampaignTarget(), s.isCampaignResponse(), s.getInteractionTemplateCode(),
        s.getSubject(), s.getLanguageCode(), s.getCorrespondenceType(),
        s.isIgnoreContactCorrespondenceType(), counts.lines(), counts.criteriaActions(),
        s.getLoggedSegmentNo(), s.getVersion());
  }

  void applyTo(Segment s) {
    s.setDescription(description);
    s.setDate(date);
    s.setSalespersonCode(Blanks.toNull(salespersonCode));
    s.setCampaignNo(Blanks.toNull(campaignNo));
    s.setCampaignTarget(Boolean.TRUE.equals(campaignTarget));
    s.setCampaignResponse(Boolean.TRUE.equals(campaignResponse));
    s.setInteractionTemplateCode(Blanks.toNull(interactionTemplateCode));
    s.setSubject(subject);
    s.setLanguageCode(Blanks.toNull(languageCode));
    s.setCorrespondenceType(correspondenceType);
    s.setIgnoreContactCorrespondenceType(Boolean.TRUE.equals(ignoreContactCorrespondenceType));
  }
}
