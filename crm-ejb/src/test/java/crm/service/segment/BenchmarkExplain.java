package crm.service.segment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark helper (not a test): wraps a connection so that every prepared statement run through
 * it is first run as {@code EXPLAIN (ANALYZE, BUFFERS)} with the same bound values inside a
 * savepoint that is rolled back, and then for real. So the plans shown are exactly those of the
 * statements the service generates, with its parameters. Only used in the (untimed) explain pass.
 */
final class BenchmarkExplain {

  /** One explained statement: its SQL, its execution time as reported by EXPLAIN, its plan. */
  record Plan(String sql, double executionMs, List<String> lines) {}

  private record Call(Method method, Object[] args) {}

  private final Connection real;
  private final List<Plan> plans = new ArrayList<>();

  BenchmarkExplain(Connection real) {
    this.real = real;
  }

  List<Plan> plans() {
    return plans;
  }

  /** A connection that explains each prepared statement before running it. */
  Connection connection() {
    return (Connection) Proxy.newProxyInstance(BenchmarkExplain.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            String sql = (String) args[0];
            return statement(sql, real.prepareStatement(sql));
          }
          return invoke(method, real, args);
        });
  }

  private PreparedStatement statement(String sql, PreparedStatement target) {
    List<Call> binds = new ArrayList<>();
    return (PreparedStatement) Proxy.newProxyInstance(BenchmarkExplain.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
            binds.add(new Call(method, args));
          }
          if ((name.equals("executeUpdate") || name.equals("executeQuery") || name.equals("execute"))
              && (args == null || args.length == 0) && !sql.startsWith("set ")) { // a setting has no plan
            explain(sql, binds);
          }
          return invoke(method, target, args);
        });
  }

  private void explain(String sql, List<Call> binds) throws Throwable {
    Savepoint savepoint = real.setSavepoint();
    List<String> lines = new ArrayList<>();
    double ms = -1;
    try (PreparedStatement explain = real.prepareStatement("explain (analyze, buffers) " + sql)) {
      for (Call call : binds) {
        invoke(call.method(), explain, call.args());
      }
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          String line = rows.getString(1);
          lines.add(line);
          if (line.startsWith("Execution Time:")) {
            ms = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
          }
        }
      }
    } finally {
      real.rollback(savepoint);
      real.releaseSavepoint(savepoint);
    }
    plans.add(new Plan(sql, ms, lines));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Prints each statement with its time, and the full plan of those that took at least minMs. */
  static void print(List<Plan> plans, double minMs) {
    for (Plan plan : plans) {
      System.out.printf("    %8.1f ms  %s%n", plan.executionMs(), abbreviate(plan.sql()));
      if (plan.executionMs() >= minMs) {
        for (String line : plan.lines()) {
          System.out.println("                 | " + line);
        }
      }
    }
  }

  private static String abbreviate(String sql) {
    String flat = sql.replaceAll("\\s+", " ").trim();
    return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
  }
}
