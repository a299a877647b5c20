package kz.kenes.bench.survey;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A data source for timing the report's own queries outside the server: one open connection handed
 * out again and again (as Liberty's pool does; closing it does nothing), and every prepared
 * statement recorded with its parameters and the time from {@code executeQuery} to closing the
 * statement, rows read included. {@link #take()} returns and forgets what was recorded.
 */
public final class RecordingDataSource {

  /** One executed statement: its SQL, its parameters in order, and how long it took. */
  public record Execution(String sql, List<Object> parameters, long nanos) {}

  private final Connection connection;
  private final List<Execution> executions = new ArrayList<>();

  public RecordingDataSource(Connection connection) {
    this.connection = connection;
  }

  public DataSource dataSource() {
    return proxy(
        DataSource.class,
        (p, m, args) -> m.getName().equals("getConnection") ? pooled() : unsupported(m.getName()));
  }

  public synchronized List<Execution> take() {
    List<Execution> taken = List.copyOf(executions);
    executions.clear();
    return taken;
  }

  private synchronized void record(Execution execution) {
    executions.add(execution);
  }

  private Connection pooled() {
    return proxy(
        Connection.class,
        (p, m, args) -> {
          switch (m.getName()) {
            case "close":
              return null;
            case "prepareStatement":
              if (args.length == 1) {
                String sql = (String) args[0];
                return recorded(sql, connection.prepareStatement(sql));
              }
              return invoke(m, connection, args);
            default:
              return invoke(m, connection, args);
          }
        });
  }

  private PreparedStatement recorded(String sql, PreparedStatement statement) {
    TreeMap<Integer, Object> parameters = new TreeMap<>();
    long[] started = {0};
    return proxy(
        PreparedStatement.class,
        (p, m, args) -> {
          String name = m.getName();
          if (name.startsWith("set")
              && args != null
              && args.length == 2
              && args[0] instanceof Integer) {
            parameters.put((Integer) args[0], args[1]);
          } else if (name.equals("executeQuery")) {
            started[0] = System.nanoTime();
          } else if (name.equals("close") && started[0] != 0) {
            Object result = invoke(m, statement, args);
            record(
                new Execution(
                    sql, List.copyOf(parameters.values()), System.nanoTime() - started[0]));
            return result;
          }
          return invoke(m, statement, args);
        });
  }

  /** {@code EXPLAIN (ANALYZE, BUFFERS)} of an execution, on the same connection. */
  public String explain(Execution execution) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement("explain (analyze, buffers) " + execution.sql())) {
      for (int i = 0; i < execution.parameters().size(); i++) {
        st.setObject(i + 1, execution.parameters().get(i));
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append(System.lineSeparator());
        }
      }
      return plan.toString();
    }
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object unsupported(String method) {
    throw new UnsupportedOperationException(method + " is not part of the benchmark's data source");
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(
            RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
