package crm.service.audit;

import crm.domain.campaign.Campaign;
import crm.service.shared.BenchmarkDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The audit trail's cost on a campaign update (issue 15, not a test: at most +10 %): the same
 * update of a campaign's description, one transaction each, through the application's persistence
 * unit on PostgreSQL (schema {@code crm_bench_audit}), with the audit listener as in the server and
 * with no session customizer at all; warm-up, then the median of alternating runs. The set-based
 * segment steps run plain SQL that no entity listener sees: logging and canceling a logged segment
 * add one audit row each, whatever the number of lines.
 *
 * <pre>
 * java -Dupdates=2000 -Druns=5 -cp (class path as in README "Benchmark") crm.service.audit.AuditBenchmark
 * </pre>
 */
public final class AuditBenchmark {

  private static final int UPDATES = Integer.getInteger("updates", 2_000);
  private static final int RUNS = Integer.getInteger("runs", 5);

  private AuditBenchmark() {}

  /** The persistence unit without the audit listener: the baseline. */
  public static final class NoAudit implements SessionCustomizer {
    @Override
    public void customize(Session session) {
      // nothing: no listener on any entity
    }
  }

  public static void main(String[] args) throws Exception {
    BenchmarkDatabase database = BenchmarkDatabase.of("crm_bench_audit");
    database.recreate();
    EntityManagerFactory audited = unit(database, AuditCustomizer.class);
    EntityManagerFactory plain = unit(database, NoAudit.class);
    inTransaction(audited, em -> {
      Campaign campaign = new Campaign("CP9001");
      campaign.setDescription("Fair");
      em.persist(campaign);
    });
    update(audited, UPDATES);
    update(plain, UPDATES);
    long[][] nanos = new long[2][RUNS];
    for (int run = 0; run < RUNS; run++) {
      for (int i = 0; i < 2; i++) {
        int withAudit = (i + run) % 2;
        nanos[withAudit][run] = update(withAudit == 1 ? audited : plain, UPDATES);
      }
    }
    long without = median(nanos[0]);
    long with = median(nanos[1]);
    System.out.printf(Locale.ROOT, "campaign update, no audit trail : %.3f ms each (median of %d runs of %,d)%n",
        without / 1e6 / UPDATES, RUNS, UPDATES);
    System.out.printf(Locale.ROOT, "campaign update, audit trail    : %.3f ms each%n", with / 1e6 / UPDATES);
    System.out.printf(Locale.ROOT, "audit trail cost                : %+.1f %% (target <= +10 %%)%n",
        ((double) with / without - 1) * 100);
    audited.close();
    plain.close();
  }

  private static EntityManagerFactory unit(BenchmarkDatabase database, Class<?> customizer) {
    Map<String, Object> properties = database.persistenceUnit();
    properties.put("eclipselink.session.customizer", customizer.getName());
    properties.put("eclipselink.session-name", customizer.getSimpleName());
    return Persistence.createEntityManagerFactory("crm", properties);
  }

  /** {@code count} updates of the campaign's description, each in its own transaction. */
  private static long update(EntityManagerFactory unit, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String description = "Fair " + i + " " + System.nanoTime();
      inTransaction(unit, em -> em.find(Campaign.class, "CP9001").setDescription(description));
    }
    return System.nanoTime() - start;
  }

  private static void inTransaction(EntityManagerFactory unit, Consumer<EntityManager> work) {
    EntityManager em = unit.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
