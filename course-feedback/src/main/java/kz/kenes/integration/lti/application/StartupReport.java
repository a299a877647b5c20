package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/** Says at start-up how Kenes is configured, and warns about what an operator must fix. */
@ApplicationScoped
public class StartupReport {

  private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

  @Inject KenesConfig config;

  void onSchemaReady(@Observes SchemaReady ready) {
    LOG.info(
        () ->
            "Kenes public URL "
                + config.publicUrl()
                + (config.devMode() ? " — DEV MODE (dev platform and demo seed on)" : ""));
    config.adminTokenProblem().ifPresent(LOG::severe);
    if (config.adminToken().isEmpty() && config.adminTokenProblem().isEmpty()) {
      LOG.warning(
          "kenes.admin.token (KENES_ADMIN_TOKEN) is not set: the admin API accepts no token;"
              + " only administrators launched from a registered platform can use it. Set it to"
              + " register the first platform.");
    }
    if (!config.devMode() && !"https".equalsIgnoreCase(config.publicUrl().getScheme())) {
      LOG.warning(
          "kenes.public-url is not https: LMS iframes need https for the state cookie to work"
              + " across sites; set it to the external https address of Kenes.");
    }
  }
}
