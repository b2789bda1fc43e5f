package crm.service.setup;

import crm.domain.security.Roles;
import crm.domain.setup.CodeEntry;
import crm.domain.setup.CodeFormat;
import crm.domain.setup.CodeTable;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.MessageText;
import crm.domain.shared.UnknownRecordException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The code tables (F-02): create, change, delete (refused while in use), and the checks other
 * features make that a code they are given exists. Salespeople: {@link SalespersonService}.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class CodeService {

  @PersistenceContext private EntityManager em;
  private final CodeUsage usage = new CodeUsage();

  public List<CodeEntry> list(CodeTable table) {
    return em.createNamedQuery("CodeEntry.listByTable", CodeEntry.class)
        .setParameter("table", table)
        .getResultList();
  }

  public Optional<CodeEntry> find(CodeTable table, String code) {
    return Optional.ofNullable(em.find(CodeEntry.class, new CodeEntry.Key(table, code)));
  }

  public CodeEntry get(CodeTable table, String code) {
    return find(table, code)
        .orElseThrow(() -> new UnknownRecordException("code.unknown", tableName(table), code));
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public CodeEntry create(CodeTable table, String code, String description) {
    CodeFormat.check(code);
    if (find(table, code).isPresent()) {
      throw new ConflictException("code.duplicate", tableName(table), code);
    }
    CodeEntry entry = new CodeEntry(table, code, requireDescription(description));
    em.persist(entry);
    return entry;
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public CodeEntry update(CodeTable table, String code, String description) {
    CodeEntry entry = get(table, code);
    entry.setDescription(requireDescription(description));
    return entry;
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public void delete(CodeTable table, String code) {
    CodeEntry entry = get(table, code);
    if (usage.isUsed(em, table, code)) {
      throw new ConflictException("code.inUse", tableName(table), code);
    }
    em.remove(entry);
  }

  /** Refuses values that name codes not in the table (a 422, not a 404), naming the first unknown one. */
  public void checkExist(CodeTable table, Collection<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    // Not flushed first: the caller's record, changed but not yet checked, must not reach the database.
    Set<String> known = new HashSet<>(em.createQuery(
            "select c.code from CodeEntry c where c.codeTable = :table and c.code in :codes", String.class)
        .setParameter("table", table).setParameter("codes", codes).setFlushMode(FlushModeType.COMMIT)
        .getResultList());
    codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
      throw new InvalidInputException("code.unknown", tableName(table), code);
    });
  }

  /** The table's name in the user's language, for messages (its API path means nothing to a user). */
  private static MessageText tableName(CodeTable table) {
    return new MessageText("codeTable." + table.name());
  }

  static String requireDescription(String description) {
    if (description == null || description.isBlank() || description.length() > 100) {
      throw new InvalidInputException("code.badDescription");
    }
    return description;
  }
}
