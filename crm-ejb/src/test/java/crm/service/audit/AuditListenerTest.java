package crm.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.campaign.Campaign;
import crm.domain.security.AppUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail written by the persistence layer itself (EclipseLink, as in the server) on a
 * freshly migrated H2 database: creations, changes with before and after, deletions, nothing for
 * an ignored field, secrets only as "changed", and nothing at all for a rolled-back change.
 */
class AuditListenerTest {

  private EntityManagerFactory emf;

  @BeforeEach
  void database() {
    String url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    emf = Persistence.createEntityManagerFactory("crm", Map.of(
        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
        "jakarta.persistence.jtaDataSource", "",
        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", "sa",
        "jakarta.persistence.jdbc.password", "",
        "eclipselink.weaving", "false",
        "eclipselink.logging.level", "WARNING"));
  }

  @AfterEach
  void close() {
    emf.close();
  }

  @Test
  void aCampaignCreatedChangedAndDeletedLeavesThreeEntries() {
    inTransaction(em -> {
      Campaign campaign = new Campaign("CP0100");
      campaign.setDescription("Spring fair");
      em.persist(campaign);
    });
    inTransaction(em -> {
      Campaign campaign = em.find(Campaign.class, "CP0100");
      campaign.setDescription("Autumn fair");
      campaign.setNotes("Moved to October");
    });
    inTransaction(em -> em.remove(em.find(Campaign.class, "CP0100")));

    assertThat(entries("CAMPAIGN")).containsExactly(
        "CREATE CP0100 no=CP0100 activated=false description=Spring fair",
        "CHANGE CP0100 description=Spring fair→Autumn fair notes=→Moved to October",
        "DELETE CP0100");
  }

  @Test
  void aRolledBackChangeLeavesNoEntry() {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Campaign campaign = new Campaign("CP0101");
    campaign.setDescription("Never saved");
    em.persist(campaign);
    em.flush();
    em.getTransaction().rollback();
    em.close();
    assertThat(entries("CAMPAIGN")).isEmpty();
  }

  @Test
  void aPasswordHashIsOnlySaidToHaveChanged() {
    inTransaction(em -> {
      AppUser user = new AppUser("auditor");
      user.setFullName("Audrey Tor");
      user.setPasswordHash("PBKDF2WithHmacSHA256:1:salt:hash");
      em.persist(user);
    });
    inTransaction(em -> em.find(AppUser.class, "auditor").setPasswordHash("PBKDF2WithHmacSHA256:1:salt:other"));
    assertThat(entries("USER")).hasSize(2).last().asString()
        .isEqualTo("CHANGE auditor passwordHash=(changed)→(changed)");
    assertThat(String.join(" ", entries("USER"))).doesNotContain("hash");
  }

  private void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    work.accept(em);
    em.getTransaction().commit();
    em.close();
  }

  /** Each entry as "ACTION key field=before→after …", the fields with a value or a change only. */
  private List<String> entries(String recordType) {
    EntityManager em = emf.createEntityManager();
    try {
      List<Object[]> rows = em.createNativeQuery("select action, record_key, changes from audit_entry"
          + " where record_type = ?1 order by id").setParameter(1, recordType).getResultList();
      return rows.stream().map(row -> row[0] + " " + row[1] + fields((String) row[2])).toList();
    } finally {
      em.close();
    }
  }

  private static String fields(String changes) {
    if (changes == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    jakarta.json.Json.createReader(new java.io.StringReader(changes)).readObject().forEach((field, change) -> {
      var beforeAfter = change.asJsonArray();
      String before = beforeAfter.isNull(0) ? null : beforeAfter.getString(0);
      String after = beforeAfter.getString(1);
      if (before == null && !after.isEmpty()) {
        shown.append(' ').append(field).append('=').append(after);
      } else if (before != null) {
        shown.append(' ').append(field).append('=').append(before).append('→').append(after);
      }
    });
    return shown.toString();
  }
}
