package crm.domain.setup;

import crm.domain.audit.Audited;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letterhead;
import crm.domain.letter.PaperSize;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The marketing setup (F-05): the company's letterhead and the defaults of letters and emails. One row. */
@Audited("MARKETING_SETUP")
@Entity
@Table(name = "marketing_setup")
public class MarketingSetup {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "company_name")
  private String companyName;

  private String address;
  private String address2;

  @Column(name = "post_code")
  private String postCode;

  private String city;

  @Column(name = "country_code")
  private String countryCode;

  private String phone;
  private String email;
  private String website;

  @Enumerated(EnumType.STRING)
  @Column(name = "paper_size")
  private PaperSize paperSize;

  @Column(name = "sender_email")
  private String senderEmail;

  @Column(name = "sender_name")
  private String senderName;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_fallback")
  private EmailFallback emailFallback;

  @Column(name = "default_language_code")
  private String defaultLanguageCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "default_correspondence_type")
  private CorrespondenceType defaultCorrespondenceType;

  @Column(name = "tracking_base_url")
  private String trackingBaseUrl;

  /** Whether new emails are tracked unless a recipient contact does not allow it (F-53). */
  @Column(name = "tracking_enabled")
  private boolean trackingEnabled = true;

  /** The interaction template of the log entry a reply read from the mailbox becomes (F-55); none: no entry. */
  @Column(name = "reply_template_code")
  private String replyTemplateCode;

  protected MarketingSetup() {}

  /** The letterhead printed on every letter. */
  public Letterhead letterhead() {
    List<String> lines = new ArrayList<>();
    addIfPresent(lines, address);
    addIfPresent(lines, address2);
    addIfPresent(lines, ((postCode == null ? "" : postCode + " ") + (city == null ? "" : city)).trim());
    return new Letterhead(companyName, lines, phone, email, website, city);
  }

  private static void addIfPresent(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line);
    }
  }

  public String getCompanyName() { return companyName; }
  public void setCompanyName(String companyName) { this.companyName = companyName; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getAddress2() { return address2; }
  public void setAddress2(String address2) { this.address2 = address2; }
  public String getPostCode() { return postCode; }
  public void setPostCode(String postCode) { this.postCode = postCode; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getCountryCode() { return countryCode; }
  public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getWebsite() { return website; }
  public void setWebsite(String website) { this.website = website; }
  public PaperSize getPaperSize() { return paperSize; }
  public void setPaperSize(PaperSize paperSize) { this.paperSize = paperSize; }
  public String getSenderEmail() { return senderEmail; }
  public void setSenderEmail(String senderEmail) { this.senderEmail = senderEmail; }
  public String getSenderName() { return senderName; }
  public void setSenderName(String senderName) { this.senderName = senderName; }
  public EmailFallback getEmailFallback() { return emailFallback; }
  public void setEmailFallback(EmailFallback emailFallback) { this.emailFallback = emailFallback; }
  public String getDefaultLanguageCode() { return defaultLanguageCode; }
  public void setDefaultLanguageCode(String code) { this.defaultLanguageCode = code; }
  public CorrespondenceType getDefaultCorrespondenceType() { return defaultCorrespondenceType; }
  public void setDefaultCorrespondenceType(CorrespondenceType type) { this.defaultCorrespondenceType = type; }
  public String getTrackingBaseUrl() { return trackingBaseUrl; }
  public void setTrackingBaseUrl(String trackingBaseUrl) { this.trackingBaseUrl = trackingBaseUrl; }
  public boolean isTrackingEnabled() { return trackingEnabled; }
  public void setTrackingEnabled(boolean trackingEnabled) { this.trackingEnabled = trackingEnabled; }
  public String getReplyTemplateCode() { return replyTemplateCode; }
  public void setReplyTemplateCode(String replyTemplateCode) { this.replyTemplateCode = replyTemplateCode; }
}
