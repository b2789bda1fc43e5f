package crm.service.setup;

import crm.domain.security.Roles;
import crm.domain.setup.CodeFormat;
import crm.domain.setup.Salesperson;
import crm.domain.shared.ConflictException;
import crm.domain.shared.EmailFormat;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.MessageText;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The salespeople (F-02): create, change, delete (refused while in use), and found by code. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SalespersonService {

  private static final MessageText SALESPEOPLE = new MessageText("codeTable.SALESPEOPLE");
  @PersistenceContext private EntityManager em;
  private final CodeUsage usage = new CodeUsage();

  public List<Salesperson> listSalespeople() {
    return em.createNamedQuery("Salesperson.list", Salesperson.class).getResultList();
  }

  /** A page of salespeople (the lookup of the salesperson fields). */
  public Page<Salesperson> listSalespeople(ListRequest request) {
    return new Listing<>(em, Salesperson.class, "code").list(request);
  }

  public Salesperson getSalesperson(String code) {
    return Optional.ofNullable(em.find(Salesperson.class, code))
        .orElseThrow(() -> new UnknownRecordException("salesperson.unknown", code));
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public Salesperson createSalesperson(Salesperson salesperson) {
    CodeFormat.check(salesperson.getCode());
    if (em.find(Salesperson.class, salesperson.getCode()) != null) {
      throw new ConflictException("code.duplicate", SALESPEOPLE, salesperson.getCode());
    }
    checkSalesperson(salesperson);
    em.persist(salesperson);
    return salesperson;
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public Salesperson updateSalesperson(String code, Consumer<Salesperson> changes) {
    Salesperson salesperson = getSalesperson(code);
    changes.accept(salesperson);
    checkSalesperson(salesperson);
    return salesperson;
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public void deleteSalesperson(String code) {
    Salesperson salesperson = getSalesperson(code);
    if (usage.isSalespersonUsed(em, code)) {
      throw new ConflictException("code.inUse", SALESPEOPLE, code);
    }
    em.remove(salesperson);
  }

  private static void checkSalesperson(Salesperson salesperson) {
    CodeService.requireDescription(salesperson.getName());
    if (!EmailFormat.isBlankOrValid(salesperson.getEmail())) {
      throw new InvalidInputException("setup.badEmail", salesperson.getEmail());
    }
  }
}
