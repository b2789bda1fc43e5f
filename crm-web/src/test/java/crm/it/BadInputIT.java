package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import crm.it.RestEndpoints.Endpoint;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input never gets a 500 (issue 15): every operation of the REST API, found in the resource
 * classes, is sent a few thousand generated requests (fixed seed, bounded time) with bad path and
 * query values and bodies (NUL characters, texts longer than their column, wrong types, missing
 * fields, unreadable JSON). Each answer must be below 500; a refusal must be a problem body in
 * the caller's language that names no Java class or parser, and must leave every table as it was.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final long SEED = 20261201L;
  private static final int REQUESTS_PER_OPERATION = 30;
  private static final Duration TIME_LIMIT = Duration.ofSeconds(110);
  private static final Pattern TECHNICAL = Pattern.compile(
      "(?i)java\\.|jakarta\\.|org\\.|com\\.|class |exception|incorrect position|yasson|eclipselink|sqlstate|"
          + "psql|jdbc|unrecognized field|stack|\\bnull\\b");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  @Inject MailTimers timers;
  @Inject ServletContext servletContext;
  @Resource(lookup = "java:app/jdbc/crm") DataSource dataSource;

  @Test
  void noGeneratedRequestGetsA500OrWritesAnythingWhenRefused() {
    timers.stopAll();
    Random random = new Random(SEED);
    BadInputRecords records = BadInputRecords.create(new Api(url), dataSource);
    NastyValues values = new NastyValues(random, records.codes());
    BadRequests requests = new BadRequests(url, values, records);
    DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);

    List<Endpoint> endpoints = RestEndpoints.of(servletContext);
    assertThat(endpoints).as("the operations of the API").hasSizeGreaterThan(50);
    List<String> problems = new ArrayList<>();
    Instant start = Instant.now();
    // Round after round over every operation, so that each gets its share even on a slow machine;
    // deleting comes last, so that the records the other requests address still exist meanwhile.
    int sent = rounds(endpoints.stream().filter(e -> !e.method().equals("DELETE")).toList(),
        start.plus(TIME_LIMIT.multipliedBy(4).dividedBy(5)), requests, fingerprint, problems);
    sent += rounds(endpoints.stream().filter(e -> e.method().equals("DELETE")).toList(),
        start.plus(TIME_LIMIT), requests, fingerprint, problems);
    assertThat(problems).as(sent + " requests").isEmpty();
    assertThat(sent).as("requests sent within the time limit").isGreaterThanOrEqualTo(5 * endpoints.size());
  }

  private static int rounds(List<Endpoint> endpoints, Instant deadline, BadRequests requests,
      DatabaseFingerprint fingerprint, List<String> problems) {
    int sent = 0;
    for (int round = 0; round < REQUESTS_PER_OPERATION && Instant.now().isBefore(deadline); round++) {
      for (Endpoint endpoint : endpoints) {
        String before = fingerprint.take();
        BadRequests.Exchange exchange = requests.send(endpoint);
        sent++;
        problems.addAll(exchange.problems(TECHNICAL));
        String after = exchange.refused() ? fingerprint.take() : before;
        if (!before.equals(after)) {
          problems.add(exchange + ": refused, but these tables changed: "
              + DatabaseFingerprint.changedTables(before, after));
        }
      }
    }
    return sent;
  }
}
