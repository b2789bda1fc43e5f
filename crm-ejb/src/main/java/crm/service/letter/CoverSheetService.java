package crm.service.letter;

import crm.domain.interaction.InteractionTemplate;
import crm.domain.security.Roles;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * Cover sheets for the contacts of a segment (F-29): one page per contact with the letterhead, the
 * address in the window, the subject and the remarks (merge fields allowed), signed by the
 * segment's salesperson; optionally logged as one interaction per contact, all or none.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class CoverSheetService {

  /** What the user asks: the subject and remarks, and the template of the interaction to log (none: not logged). */
  public record CoverSheet(String subject, String remarks, String interactionTemplateCode) {
    public CoverSheet {
      remarks = remarks == null ? "" : remarks;
      interactionTemplateCode = interactionTemplateCode == null || interactionTemplateCode.isBlank() ? null
          : interactionTemplateCode;
    }
  }

  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Resource private SessionContext session;
  @Inject private LabelService labels;
  @Inject private Clock clock;

  /** Checks the request and logs one interaction per contact when it names a template; answers how many. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long log(String segmentNo, CoverSheet sheet) {
    check(segmentNo, sheet);
    if (em.find(InteractionTemplate.class, sheet.interactionTemplateCode()) == null) {
      throw new UnknownRecordException("template.unknown", sheet.interactionTemplateCode());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.flush();
    return new Sql(em.unwrap(Connection.class)).update("insert into interaction_log_entry (entry_no, contact_no,"
        + " contact_company_no, entry_date, entry_time, interaction_template_code, interaction_group_code,"
        + " description, subject, language_code, correspondence_type, salesperson_code, segment_no, cost, duration,"
        + " information_flow, initiated_by, user_id) select nextval('interaction_log_entry_seq'), l.contact_no,"
        + " l.contact_company_no, ?, ?, t.code, t.interaction_group_code, t.description, ?, c.language_code,"
        + " 'HARD_COPY', coalesce(s.salesperson_code, c.salesperson_code), s.no, t.unit_cost, t.unit_duration,"
        + " t.information_flow, t.initiated_by, ? from segment_line l join segment s on s.no = l.segment_no"
        + " join contact c on c.no = l.contact_no, interaction_template t where l.segment_no = ? and t.code = ?",
        now.toLocalDate(), now.toLocalTime().withNano(0), sheet.subject(), session.getCallerPrincipal().getName(),
        segmentNo, sheet.interactionTemplateCode());
  }

  /** Writes the cover sheets in line order to {@code out}, each laid out as it is read. */
  public void write(String segmentNo, CoverSheet sheet, OutputStream out) {
    check(segmentNo, sheet);
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    var today = clock.instant().atZone(clock.getZone()).toLocalDate();
    try (Connection connection = dataSource.getConnection()) {
      new LetterRenderer().render(setup.letterhead(), setup.getPaperSize(),
          SegmentRecipients.stream(connection, segmentNo, sheet.subject(), sheet.remarks())
              .map(r -> r.letter(setup.letterhead().place(), today)).iterator(), out);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refuses an unknown or empty segment, a missing subject, and merge fields that do not exist. */
  public void check(String segmentNo, CoverSheet sheet) {
    labels.countLabels(segmentNo);
    if (sheet.subject() == null || sheet.subject().isBlank()) {
      throw new InvalidInputException("coverSheet.subjectRequired");
    }
    MergeText.check(sheet.subject());
    MergeText.check(sheet.remarks());
  }
}
