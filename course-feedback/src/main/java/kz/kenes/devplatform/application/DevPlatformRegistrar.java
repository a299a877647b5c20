package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.DevPlatformReady;
import kz.kenes.integration.lti.application.RegistrationService;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * Registers the development platform with Kenes when the schema is ready, in dev mode only, like an
 * administrator would through the admin API. Idempotent: an existing registration of the same
 * issuer and client_id is kept (and given back its deployment if someone removed it). Then fires
 * {@link DevPlatformReady}.
 */
@ApplicationScoped
public class DevPlatformRegistrar {

  private static final Logger LOG = Logger.getLogger(DevPlatformRegistrar.class.getName());

  @Inject DevModeGate gate;
  @Inject KenesConfig config;
  @Inject RegistrationService registrationService;
  @Inject Event<DevPlatformReady> ready;

  void onSchemaReady(@Observes SchemaReady event) {
    if (!gate.isOpen()) {
      return;
    }
    try {
      long id = ensureRegistered();
      LOG.info(
          () ->
              "Dev mode: development LTI platform registered as "
                  + id
                  + ", course page at "
                  + platform().pageUrl());
      ready.fire(new DevPlatformReady(id, DevPlatform.DEPLOYMENT_ID));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Dev mode: the development platform could not be registered", e);
    }
  }

  public DevPlatform platform() {
    return new DevPlatform(config.publicUrl());
  }

  /** The id of the platform's registration, registering it first when there is none. */
  public long ensureRegistered() {
    return registrationService.ensureRegistered(
        platform().registrationRequest(), DevPlatform.DEPLOYMENT_ID);
  }
}
