package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import java.util.logging.Logger;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.launch.LaunchRequest;
import kz.kenes.lti.launch.LaunchValidator;
import kz.kenes.lti.launch.LtiLaunch;
import kz.kenes.lti.launch.RoleMapper;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.metrics.KenesMetrics;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A launch from start to session: the id_token is validated by lti-tool's chain of checks (a
 * refusal stores nothing but the used state and nonce), then the user, course and resource link are
 * recorded and a session bound to all of them is opened.
 */
@ApplicationScoped
public class LaunchService {

  private static final Logger LOG = Logger.getLogger(LaunchService.class.getName());

  @Inject LaunchValidator validator;
  @Inject IdentityRecorder recorder;
  @Inject CachedRegistrationLookup registrations;
  @Inject Clock clock;
  @Inject KenesMetrics metrics;
  @Inject KnownPlaces places;

  /** A launch that opened a session: the session, and what the platform sent. */
  public record Launched(OpenedSession opened, LtiLaunch launch) {}

  public Launched launch(LaunchRequest request) {
    LtiLaunch launch = validator.validate(request);
    RegistrationAuthority authority = registrations.authority(launch.registration().id());
    OpenedSession opened = recordWithRetry(launch, authority);
    metrics.launchAccepted(opened.session().role().name());
    LOG.fine(
        () ->
            "LTI launch: registration "
                + launch.registration().id()
                + ", role "
                + opened.session().role()
                + ", session "
                + opened.session().id());
    return new Launched(opened, launch);
  }

  /**
   * How many times a launch records its identity before it gives up. A first launch inserts up to
   * three rows with unique keys (user, context, resource link). On PostgreSQL a concurrent insert
   * of the same key is no failure ({@code ON CONFLICT DO NOTHING}); on H2 launches racing it can
   * make it lose on each of them once, and every lost race leaves the winner's row committed, found
   * by the next attempt. Three losses and a fourth attempt that finds all three rows is therefore
   * the worst case.
   */
  static final int RECORD_ATTEMPTS = 4;

  /**
   * Records the identity and opens the session in one transaction. Many first launches into one
   * course at once (a class told to open the link at the same minute) race on the unique keys: each
   * loser starts a new transaction and finds the winners' rows.
   */
  private OpenedSession recordWithRetry(LtiLaunch launch, RegistrationAuthority authority) {
    LocalDateTime now = Timestamps.toColumn(clock.instant());
    return recordOrRefuse(
        launch.registration().id(),
        () ->
            recorder.recordAndOpen(
                launch, now, recorded -> sessionDraft(launch, authority, recorded)));
  }

  /**
   * Runs {@code record} up to {@link #RECORD_ATTEMPTS} times. A failure for a registration that is
   * gone from the database is no race: another node deleted it, and this node's registration cache
   * (30 s) still knew it, so the identity rows' foreign key refused them. That launch is refused as
   * from an unknown registration (403), and this node's cache is emptied.
   */
  OpenedSession recordOrRefuse(long registrationId, Supplier<OpenedSession> record) {
    for (int attempt = 1; ; attempt++) {
      try {
        return record.get();
      } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
        // a course or link this node knew may have been deleted meanwhile: ask the database
        places.forgetAll();
        if (!registrations.stillRegistered(registrationId)) {
          throw new LtiProtocolException(
              LtiError.UNKNOWN_REGISTRATION,
              "This platform registration was removed from Kenes: ask the Kenes administrator"
                  + " to register the platform again.");
        }
        if (attempt == RECORD_ATTEMPTS) {
          throw e;
        }
        int next = attempt + 1;
        LOG.fine(() -> "LTI launch lost a race on the identity rows; attempt " + next);
      }
    }
  }

  /**
   * The session of a recorded launch. Its Kenes role comes from the roles claim, with {@code
   * system/person#Administrator} read as instructor when the registration says so (Open edX before
   * 11.1 sends it to all course staff); its university and operator flag from the registration: an
   * Administrator of the installation's own registration is the operator.
   */
  static SessionDraft sessionDraft(
      LtiLaunch launch, RegistrationAuthority authority, IdentityRecorder.Recorded recorded) {
    KenesRole role =
        KenesRole.valueOf(
            authority.systemAdminAsInstructor()
                ? RoleMapper.map(launch.roles(), true).name()
                : launch.toolRole().name());
    return new SessionDraft(
        KenesSession.Kind.LTI,
        launch.registration().id(),
        launch.deploymentId(),
        recorded.context() == null ? null : recorded.context().id,
        recorded.link() == null ? null : recorded.link().id,
        recorded.user().id,
        launch.roles(),
        role,
        authority.universityId(),
        authority.operator() && role == KenesRole.ADMIN,
        Messages.supported(launchLocale(launch)).map(l -> l.getLanguage()).orElse(null),
        null);
  }

  static String launchLocale(LtiLaunch launch) {
    return launch
        .launchPresentation()
        .map(LtiLaunch.LaunchPresentation::locale)
        .filter(l -> l != null && !l.isBlank())
        .orElse(launch.locale());
  }
}
