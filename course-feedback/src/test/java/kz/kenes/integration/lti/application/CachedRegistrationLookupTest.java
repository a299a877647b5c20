package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kenes.integration.lti.persistence.JpaRegistrationRepository;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.platform.config.MovableClock;
import org.junit.jupiter.api.Test;

class CachedRegistrationLookupTest {

  private final AtomicInteger loads = new AtomicInteger();
  private final MovableClock now = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final CachedRegistrationLookup lookup = new CachedRegistrationLookup();

  CachedRegistrationLookupTest() {
    lookup.repository =
        new JpaRegistrationRepository() {
          @Override
          public Optional<PlatformRegistration> find(String issuer, String clientId) {
            loads.incrementAndGet();
            return issuer.equals("https://lms.example.edu")
                ? Optional.of(registration())
                : Optional.empty();
          }
        };
    lookup.clock = now;
  }

  @Test
  void answersRepeatedLookupsFromMemory() {
    assertThat(lookup.find("https://lms.example.edu", "c1")).isPresent();
    assertThat(lookup.find("https://lms.example.edu", "c1")).isPresent();
    assertThat(lookup.find("https://unknown.example.edu", "c1")).isEmpty();
    assertThat(lookup.find("https://unknown.example.edu", "c1")).isEmpty();
    assertThat(loads).hasValue(2);
  }

  @Test
  void forgetsEverythingWhenRegistrationsChange() {
    lookup.find("https://lms.example.edu", "c1");
    lookup.onChange(new RegistrationService.RegistrationsChanged());
    lookup.find("https://lms.example.edu", "c1");
    assertThat(loads).hasValue(2);
  }

  @Test
  void reloadsAfterTheTimeToLive() {
    lookup.find("https://lms.example.edu", "c1");
    now.advance(CachedRegistrationLookup.TIME_TO_LIVE);
    lookup.find("https://lms.example.edu", "c1");
    assertThat(loads).hasValue(2);
  }

  private static PlatformRegistration registration() {
    URI url = URI.create("https://lms.example.edu/x");
    return new PlatformRegistration(
        1, "LMS", "https://lms.example.edu", "c1", url, url, url, Set.of("d1"));
  }
}
