package kz.kenes.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway when the application starts, on H2 and
 * PostgreSQL alike (the scripts in {@code db/migration} are written for both). Readiness reports
 * DOWN until this has finished; other start-up work observes {@link SchemaReady}.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  private final AtomicBoolean done = new AtomicBoolean();
  private volatile String failure;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
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
      schemaReady.fire(new SchemaReady());
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName();
      LOG.log(Level.SEVERE, "Database migration failed; Kenes stays not ready", e);
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
