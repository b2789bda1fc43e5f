package crm.web.setup;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.PaperSize;
import crm.domain.setup.EmailFallback;
import crm.domain.setup.MarketingSetup;
import crm.service.setup.MarketingSetupService;
import crm.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * setup/marketing.xhtml: the marketing setup card. The form edits a detached copy of the one
 * record; Save hands it to the service, which checks it and keeps it, or refuses it whole.
 */
@Named
@ViewScoped
public class MarketingSetupBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private MarketingSetupService service;
  private MarketingSetup setup;

  @PostConstruct
  void load() {
    setup = service.get();
  }

  public void save() {
    if (Feedback.run(() -> service.update(setup), "common.saved")) {
      load();
    }
  }

  public MarketingSetup getSetup() { return setup; }
  public PaperSize[] getPaperSizes() { return PaperSize.values(); }
  public EmailFallback[] getEmailFallbacks() { return EmailFallback.values(); }
  public CorrespondenceType[] getCorrespondenceTypes() { return CorrespondenceType.values(); }
}
