package crm.domain.segment;

import crm.domain.interaction.CorrespondenceType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One contact in a segment (F-21), with the interaction values used when the segment is logged:
 * copied from the header when the line is added, and overridable line by line.
 */
@Entity
@Table(name = "segment_line")
@IdClass(SegmentLine.Key.class)
public class SegmentLine {

  /** Composite key: segment and line number. */
  public record Key(String segmentNo, long lineNo) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }

  @Id
  @Column(name = "segment_no")
  private String segmentNo;

  @Id
  @Column(name = "line_no")
  private long lineNo;

  @Column(name = "contact_no")
  private String contactNo;

  @Column(name = "contact_company_no")
  private String contactCompanyNo;

  @Column(name = "interaction_template_code")
  private String interactionTemplateCode;

  private String subject;

  /** The description its interaction log entry gets; null: the header's (F-21). */
  private String description;

  @Column(name = "language_code")
  private String languageCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "correspondence_type")
  private CorrespondenceType correspondenceType;

  @Column(name = "campaign_target")
  private boolean campaignTarget;

  @Column(name = "campaign_response")
  private boolean campaignResponse;

  @Column(name = "added_by_action")
  private Integer addedByAction;

  /** The letter's subject edited for this line only (F-42); null: the template's. */
  @Column(name = "letter_subject")
  private String letterSubject;

  /** The letter's text edited for this line only, with merge fields (F-42); null: the template's. */
  @Column(name = "letter_body")
  private String letterBody;

  protected SegmentLine() {}

  public SegmentLine(String segmentNo, long lineNo, String contactNo) {
    this.segmentNo = segmentNo;
    this.lineNo = lineNo;
    this.contactNo = contactNo;
  }

  public String getSegmentNo() { return segmentNo; }
  public long getLineNo() { return lineNo; }
  public String getContactNo() { return contactNo; }
  public String getContactCompanyNo() { return contactCompanyNo; }
  public void setContactCompanyNo(String companyNo) { this.contactCompanyNo = companyNo; }
  public String getInteractionTemplateCode() { return interactionTemplateCode; }
  public void setInteractionTemplateCode(String code) { this.interactionTemplateCode = code; }
  public String getSubject() { return subject; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  public CorrespondenceType getCorrespondenceType() { return correspondenceType; }
  public void setCorrespondenceType(CorrespondenceType type) { this.correspondenceType = type; }
  public boolean isCampaignTarget() { return campaignTarget; }
  public void setCampaignTarget(boolean campaignTarget) { this.campaignTarget = campaignTarget; }
  public boolean isCampaignResponse() { return campaignResponse; }
  public void setCampaignResponse(boolean response) { this.campaignResponse = response; }
  public Integer getAddedByAction() { return addedByAction; }
  public String getLetterSubject() { return letterSubject; }
  public void setLetterSubject(String letterSubject) { this.letterSubject = letterSubject; }
  public String getLetterBody() { return letterBody; }
  public void setLetterBody(String letterBody) { this.letterBody = letterBody; }

  /** Whether the letter of this line was edited. */
  public boolean isLetterEdited() {
    return letterSubject != null || letterBody != null;
  }
}
