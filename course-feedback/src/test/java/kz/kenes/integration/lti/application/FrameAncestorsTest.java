package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameAncestorsTest {

  @ParameterizedTest
  @CsvSource({
    "https://moodle.example.edu, https://moodle.example.edu",
    "https://Courses.Example.EDU/oauth2/authorize, https://courses.example.edu",
    "http://localhost:8000/lti/auth?x=1, http://localhost:8000",
  })
  void originIsSchemeHostAndPort(String uri, String origin) {
    assertThat(FrameAncestors.origin(URI.create(uri))).contains(origin);
  }

  @ParameterizedTest
  @CsvSource({"urn:issuer:moodle", "ftp://files.example.edu/x", "plain-client-issuer"})
  void issuersThatAreNotWebOriginsAddNothing(String uri) {
    assertThat(FrameAncestors.origin(URI.create(uri))).isEmpty();
  }

  @Test
  void aChangeOnAnotherNodeReachesThisOneWithinTheLifetime() {
    long computed = 1_000_000_000L;
    assertThat(FrameAncestors.stale(null, computed)).isTrue();
    assertThat(FrameAncestors.stale(computed, computed + FrameAncestors.LIFETIME.toNanos()))
        .isFalse();
    assertThat(FrameAncestors.stale(computed, computed + FrameAncestors.LIFETIME.toNanos() + 1))
        .isTrue();
  }
}
