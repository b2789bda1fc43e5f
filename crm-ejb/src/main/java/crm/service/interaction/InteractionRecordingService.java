package crm.service.interaction;

import crm.domain.interaction.InteractionLogEntry;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.interaction.SingleInteraction;
import crm.domain.security.Roles;
import crm.domain.setup.CodeTable;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.CodeService;
import crm.service.setup.RecordDefaults;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import crm.service.shared.References;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * Create interaction for one contact (F-32): one interaction log entry, and a campaign entry when
 * it belongs to a campaign; or, canceled in the wizard, a postponed interaction that keeps every
 * value, counts nowhere, and is later resumed (a new entry replaces it) or deleted. The salesperson
 * is the one given, else the user's (F-05), else the contact's.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class InteractionRecordingService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private CodeService codes;
  @Inject private RecordDefaults defaults;
  @Inject private Clock clock;
  @Inject private InteractionLanguage languages;

  /** Records the interaction, or keeps it as postponed; answers its entry. */
  public InteractionLogEntry record(String contactNo, SingleInteraction given, boolean postponed) {
    if (contactNo == null || !References.exist(em, List.of("contact"), "no", contactNo)) {
      throw new UnknownRecordException("contact.unknown", contactNo);
    }
    given.check();
    InteractionTemplate template = em.find(InteractionTemplate.class, given.templateCode());
    if (template == null) {
      throw new InvalidInputException("interaction.unknownTemplate", given.templateCode());
    }
    SingleInteraction values = given.withDefaults(template, languages.of(template, contactNo))
        .by(salesperson(given.salespersonCode(), contactNo), given.date() == null ? LocalDate.now(clock) : given.date(),
        given.time() == null ? LocalTime.now(clock).withNano(0) : given.time());
    values.check();
    checkReferences(values);
    em.flush();
    try (Connection connection = dataSource.getConnection()) {
      long entryNo = new InteractionRows(connection).insert(contactNo, values, postponed, caller());
      return em.find(InteractionLogEntry.class, entryNo);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The values of a postponed interaction, for the wizard; refused when its template is gone. */
  public SingleInteraction valuesOf(long entryNo) {
    SingleInteraction values = InteractionRows.valuesOf(getPostponed(entryNo));
    if (em.find(InteractionTemplate.class, values.templateCode()) == null) {
      throw new InvalidInputException("interaction.templateDeleted", entryNo, values.templateCode());
    }
    return values;
  }

  /**
   * Resumes a postponed interaction with the values given (its own when null): finished, or kept
   * postponed; either way a new entry replaces it.
   */
  public InteractionLogEntry resume(long entryNo, SingleInteraction values, boolean postponed) {
    SingleInteraction resumed = values == null ? valuesOf(entryNo) : values;
    InteractionLogEntry entry = getPostponed(entryNo);
    String contactNo = entry.getContactNo();
    em.remove(entry);
    return record(contactNo, resumed, postponed);
  }

  public void deletePostponed(long entryNo) {
    em.remove(getPostponed(entryNo));
  }

  /** The postponed interactions, the newest first unless sorted otherwise. */
  public Page<InteractionLogEntry> listPostponed(ListRequest request) {
    return new Listing<>(em, InteractionLogEntry.class, "entryNo").list(request.whereEqual("postponed", true));
  }

  /** A postponed interaction; 409 for an entry that is not one. */
  public InteractionLogEntry getPostponed(long entryNo) {
    InteractionLogEntry entry = em.find(InteractionLogEntry.class, entryNo);
    if (entry == null) {
      throw new UnknownRecordException("interactionLogEntry.unknown", entryNo);
    }
    if (!entry.isPostponed()) {
      throw new ConflictException("interaction.notPostponed", entryNo);
    }
    return entry;
  }

  private String salesperson(String given, String contactNo) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    String own = defaults.callerSalespersonCode();
    return own != null ? own : (String) em.createNativeQuery("select salesperson_code from contact where no = ?1")
        .setParameter(1, contactNo).getSingleResult();
  }

  private void checkReferences(SingleInteraction values) {
    if (values.languageCode() != null) {
      codes.checkExist(CodeTable.LANGUAGE, List.of(values.languageCode()));
    }
    if (values.salespersonCode() != null && !References.exist(em, List.of("salesperson"), "code", values.salespersonCode())) {
      throw new InvalidInputException("interaction.unknownSalesperson", values.salespersonCode());
    }
    if (values.campaignNo() != null && !References.exist(em, List.of("campaign"), "no", values.campaignNo())) {
      throw new InvalidInputException("interaction.unknownCampaign", values.campaignNo());
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
