package crm.rest.setup;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.PaperSize;
import crm.domain.setup.EmailFallback;
import crm.domain.setup.MarketingSetup;
import crm.rest.shared.Blanks;

/** The marketing setup (F-05), its one record; replyTemplateCode: the interaction template of replies (F-55). */
public record MarketingSetupDto(String companyName, String address, String address2, String postCode, String city,
    String countryCode, String phone, String email, String website, PaperSize paperSize, String senderEmail,
    String senderName, EmailFallback emailFallback, String defaultLanguageCode,
    CorrespondenceType defaultCorrespondenceType, String trackingBaseUrl, boolean trackingEnabled,
    String replyTemplateCode) {

  static MarketingSetupDto from(MarketingSetup s) {
    return new MarketingSetupDto(s.getCompanyName(), s.getAddress(), s.getAddress2(), s.getPostCode(), s.getCity(),
        s.getCountryCode(), s.getPhone(), s.getEmail(), s.getWebsite(), s.getPaperSize(), s.getSenderEmail(),
        s.getSenderName(), s.getEmailFallback(), s.getDefaultLanguageCode(), s.getDefaultCorrespondenceType(),
        s.getTrackingBaseUrl(), s.isTrackingEnabled(), s.getReplyTemplateCode());
  }

  /** Replaces every field of the setup with the body's (PUT); blank codes are none. */
  void applyTo(MarketingSetup s) {
    s.setCompanyName(companyName);
    s.setAddress(address);
    s.setAddress2(address2);
    s.setPostCode(postCode);
    s.setCity(city);
    s.setCountryCode(countryCode);
    s.setPhone(phone);
    s.setEmail(email);
    s.setWebsite(website);
    s.setPaperSize(paperSize);
    s.setSenderEmail(senderEmail);
    s.setSenderName(senderName);
    s.setEmailFallback(emailFallback);
    s.setDefaultLanguageCode(Blanks.toNull(defaultLanguageCode));
    s.setDefaultCorrespondenceType(defaultCorrespondenceType);
    s.setTrackingBaseUrl(trackingBaseUrl);
    s.setTrackingEnabled(trackingEnabled);
    s.setReplyTemplateCode(Blanks.toNull(replyTemplateCode));
  }
}
