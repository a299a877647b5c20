package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import org.junit.jupiter.api.Test;

class LaunchRecordingTest {

  private final AtomicInteger attempts = new AtomicInteger();

  @Test
  void aLaunchForARegistrationDeletedOnAnotherNodeIsRefusedNotA500() {
    LaunchService service = service(false);

    assertThatThrownBy(
            () ->
                service.recordOrRefuse(
                    7,
                    () -> {
                      attempts.incrementAndGet();
                      throw new PersistenceException("lti_user_registration_id_fkey");
                    }))
        .isInstanceOfSatisfying(
            LtiProtocolException.class,
            e -> assertThat(e.error()).isEqualTo(LtiError.UNKNOWN_REGISTRATION));
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aLostRaceOfAStillRegisteredPlatformIsTriedAgain() {
    LaunchService service = service(true);
    OpenedSession opened = new OpenedSession(null, "token");

    OpenedSession result =
        service.recordOrRefuse(
            7,
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new PersistenceException("duplicate key");
              }
              return opened;
            });

    assertThat(result).isSameAs(opened);
    assertThat(attempts).hasValue(3);
  }

  @Test
  void aFailedAttemptForgetsTheCoursesAndLinksThisNodeKnew() {
    LaunchService service = service(true);
    KnownPlaces.ContextKey course = new KnownPlaces.ContextKey(7, "d", "crop-101");
    service.places.rememberCommitted(course, KnownPlacesTest.course(11L, "Crop Production"));

    service.recordOrRefuse(
        7,
        () -> {
          if (attempts.incrementAndGet() < 2) {
            throw new PersistenceException("lti_session_context_ref_fkey");
          }
          return new OpenedSession(null, "token");
        });

    assertThat(service.places.context(course)).isNull();
  }

  private static LaunchService service(boolean stillRegistered) {
    LaunchService service = new LaunchService();
    service.places = new KnownPlaces();
    service.places.configure(java.time.Duration.ofSeconds(10));
    service.registrations =
        new CachedRegistrationLookup() {
          @Override
          public boolean stillRegistered(long registrationId) {
            return stillRegistered;
          }
        };
    return service;
  }
}
