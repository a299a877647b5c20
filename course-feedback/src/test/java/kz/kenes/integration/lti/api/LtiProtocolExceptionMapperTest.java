package kz.kenes.integration.lti.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import org.junit.jupiter.api.Test;

class LtiProtocolExceptionMapperTest {

  @Test
  void logsARefusalOnOneShortLine() {
    LtiProtocolException refusal =
        new LtiProtocolException(
            LtiError.UNKNOWN_REGISTRATION,
            "no registration for issuer 'https://lms.example.edu\r\nSEVERE forged "
                + "x".repeat(2_000)
                + "'; register the platform in Kenes first");

    String logged = LtiProtocolExceptionMapper.logged(refusal);

    assertThat(logged)
        .startsWith("no registration for issuer 'https://lms.example.edu\\r\\nSEVERE forged x")
        .doesNotContain("\r", "\n")
        .endsWith("…(" + refusal.getMessage().length() + " chars)");
    assertThat(logged.length()).isLessThan(LtiProtocolExceptionMapper.LOGGED_MESSAGE + 40);
  }

  @Test
  void namesTheStepThatRefusedFromThePath() {
    assertThat(LtiProtocolExceptionMapper.step("/lti/login")).isEqualTo("login");
    assertThat(LtiProtocolExceptionMapper.step("/lti/launch")).isEqualTo("launch");
    assertThat(LtiProtocolExceptionMapper.step("/api/admin/platforms")).isEqualTo("other");
  }
}
