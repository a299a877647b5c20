package kz.kenes.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway when the application starts, on H2 and
 * PostgreSQL alike (the scripts in {@code db/migration} are written for both). Readiness reports
 * DOWN until this has finished, and tries again while it has not ({@link #retryIfDue()}); other
 * start-up work observes {@link SchemaReady}.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  /** How long after a failed migration readiness tries again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  private final AtomicBoolean done = new AtomicBoolean();
  private final ReentrantLock attempting = new ReentrantLock();
  private volatile long lastAttempt = System.nanoTime() - RETRY_AFTER.toNanos();
  private volatile String failure;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrate();
  }

  /**
   * Migrates again when the last attempt failed and was at least {@link #RETRY_AFTER} ago: a node
   * started while its database was down becomes ready once the database is back, without a restart.
   * Readiness asks this on every probe; one probe at a time migrates, the others answer at once.
   */
  public boolean retryIfDue() {
    if (done.get()) {
      return true;
    }
    if (System.nanoTime() - lastAttempt < RETRY_AFTER.toNanos() || !attempting.tryLock()) {
      return false;
    }
    try {
      return done.get() || migrate();
    } finally {
      attempting.unlock();
    }
  }

  boolean migrate() {
    lastAttempt = System.nanoTime();
    try {
      Flyway flyway =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load();
      MigrateResult result = flyway.migrate();
      LOG.info(
          () ->
              "Database schema at version "
                  + (result.targetSchemaVersion != null
                      ? result.targetSchemaVersion
                      : result.initialSchemaVersion)
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
      done.set(true);
      failure = null;
      if (schemaReady != null) {
        schemaReady.fire(new SchemaReady());
      }
      return true;
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName();
      LOG.log(
          Level.SEVERE,
          "Database migration failed; Kenes stays not ready and tries again in "
              + RETRY_AFTER.toSeconds()
              + " s",
          e);
      return false;
    }
  }

  public boolean isDone() {
    return done.get();
  }

  public String failure() {
    return failure;
  }

  /** Fired once the schema is migrated: seeders and key set-up observe it. */
  public record SchemaReady() {}
}
