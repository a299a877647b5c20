package kz.kenes.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What this node knows of its database after start: reachable, or out since a request failed to
 * reach it ({@link DatabaseFailures#isUnavailable}). While it is out, {@link NotReadyFilter}
 * answers every request but health and static files 503 at once instead of letting each one wait
 * for its own connection timeout, and readiness reports DOWN. One request at a time, at most every
 * {@link #PROBE_EVERY}, probes the database (a connection and a validity check, bounded by the data
 * source's timeouts); the first probe that succeeds ends the outage, so Kenes serves again without
 * a restart.
 */
@ApplicationScoped
public class DatabaseOutage {

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  /** The least time between two probes of a database that is out, and the 503's Retry-After. */
  public static final Duration PROBE_EVERY = Duration.ofSeconds(2);

  /** How long a probe waits for the database's answer once connected. */
  static final int PROBE_SECONDS = 2;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  private final LongSupplier nanoTime;
  private final ReentrantLock probing = new ReentrantLock();
  private volatile boolean out;
  private volatile long lastProbe;

  public DatabaseOutage() {
    this(System::nanoTime);
  }

  DatabaseOutage(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** A request could not reach the database: the outage starts now, unless it already has. */
  public void failed(Throwable failure) {
    lastProbe = nanoTime.getAsLong();
    if (!out) {
      out = true;
      LOG.warning(
          () ->
              "Database unreachable ("
                  + DatabaseFailures.summary(failure)
                  + "): requests are answered 503 until a probe reaches it again");
    }
  }

  /** The database answered: the outage, if any, is over. */
  public void answered() {
    if (out) {
      out = false;
      LOG.info("Database reachable again: serving requests");
    }
  }

  public boolean isOut() {
    return out;
  }

  /**
   * Whether requests must be refused now: false when the database is not known to be out, or when
   * this call's probe reached it. While it is out, one caller every {@link #PROBE_EVERY} probes and
   * everyone else is refused at once.
   */
  public boolean refuses() {
    if (!out) {
      return false;
    }
    if (nanoTime.getAsLong() - lastProbe < PROBE_EVERY.toNanos() || !probing.tryLock()) {
      return true;
    }
    try {
      return out && !probe();
    } finally {
      probing.unlock();
    }
  }

  /** Connects and checks the connection; records the outcome. */
  public boolean probe() {
    lastProbe = nanoTime.getAsLong();
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(PROBE_SECONDS)) {
        answered();
        return true;
      }
      failed(new SQLException("the connection did not answer within " + PROBE_SECONDS + " s"));
    } catch (SQLException | RuntimeException e) {
      failed(e);
    }
    return false;
  }
}
