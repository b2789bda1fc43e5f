package crm.web.setup;

import crm.domain.setup.Salesperson;
import crm.service.setup.SalespersonService;
import crm.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * setup/salespeople.xhtml: the salespeople (code, name, email, phone, job title), added and
 * changed in a dialog, deleted after a confirmation unless a contact, campaign, segment or
 * interaction still names them.
 */
@Named
@ViewScoped
public class SalespeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SalespersonService salespeople;
  private List<Salesperson> rows;
  private boolean adding;
  private String code;
  private Salesperson form;

  @PostConstruct
  void load() {
    rows = salespeople.listSalespeople();
  }

  public void openNew() {
    adding = true;
    code = null;
    form = new Salesperson(null);
  }

  public void openEdit(Salesperson salesperson) {
    adding = false;
    code = salesperson.getCode();
    form = copy(salesperson, new Salesperson(code));
  }

  public void save() {
    boolean saved = adding
        ? Feedback.run(() -> salespeople.createSalesperson(copy(form, new Salesperson(code))), "setup.code.added", code)
        : Feedback.run(() -> salespeople.updateSalesperson(code, s -> copy(form, s)), "common.saved");
    if (saved) {
      load();
    }
  }

  public void delete(String code) {
    if (Feedback.run(() -> salespeople.deleteSalesperson(code), "setup.code.deleted", code)) {
      load();
    }
  }

  private static Salesperson copy(Salesperson source, Salesperson target) {
    target.setName(source.getName());
    target.setEmail(source.getEmail());
    target.setPhone(source.getPhone());
    target.setJobTitle(source.getJobTitle());
    return target;
  }

  public List<Salesperson> getRows() { return rows; }
  public boolean isAdding() { return adding; }
  public Salesperson getForm() { return form; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
}
