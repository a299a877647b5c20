package kz.kenes.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KenesConfigTest {

  private static KenesConfig configWith(Map<String, String> values) {
    return TestConfigs.of(values);
  }

  @ParameterizedTest
  @CsvSource({
    "kenes.admin.token, KENES_ADMIN_TOKEN",
    "kenes.dev-mode, KENES_DEV_MODE",
    "kenes.public-url, KENES_PUBLIC_URL"
  })
  void environmentVariableIsTheKeyUpperCasedWithUnderscores(String key, String env) {
    assertThat(KenesConfig.envName(key)).isEqualTo(env);
  }

  @Test
  void publicUrlDefaultsToLocalhostAndLosesTrailingSlashes() {
    assertThat(configWith(Map.of()).publicUrl()).isEqualTo(URI.create("http://localhost:9080"));
    assertThat(configWith(Map.of("kenes.public-url", "https://kenes.example.edu//")).publicUrl())
        .isEqualTo(URI.create("https://kenes.example.edu"));
  }

  @Test
  void devModeIsOffByDefault() {
    assertThat(configWith(Map.of()).devMode()).isFalse();
  }

  @Test
  void devModeIsHonouredOnALoopbackPublicUrl() {
    assertThat(
            configWith(
                    Map.of("kenes.dev-mode", "true", "kenes.public-url", "http://127.0.0.1:9080"))
                .devMode())
        .isTrue();
  }

  @Test
  void devModeIsRefusedOnAPublicAddress() {
    assertThat(
            configWith(
                    Map.of(
                        "kenes.dev-mode", "true", "kenes.public-url", "https://kenes.example.edu"))
                .devMode())
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "localhost, true",
    "::1, true",
    "*, false",
    "0.0.0.0, false",
    "192.0.2.10, false",
    "kenes.example.edu, false"
  })
  void devModeIsHonouredOnlyWhenTheServerListensOnLoopback(String httpHost, boolean honoured) {
    assertThat(
            configWith(
                    Map.of(
                        "kenes.dev-mode",
                        "true",
                        "kenes.public-url",
                        "http://localhost:9080",
                        "http.host",
                        httpHost))
                .devMode())
        .isEqualTo(honoured);
  }

  @Test
  void blankAdminTokenCountsAsUnset() {
    assertThat(configWith(Map.of("kenes.admin.token", "  ")).adminToken()).isEmpty();
    assertThat(configWith(Map.of("kenes.admin.token", STRONG)).adminToken()).contains(STRONG);
  }

  @Test
  void durationsHaveDefaultsAndParseIso8601() {
    assertThat(configWith(Map.of()).keyRotationOverlap()).isEqualTo(Duration.ofDays(2));
    assertThat(configWith(Map.of("kenes.session.lifetime", "PT30M")).sessionLifetime())
        .isEqualTo(Duration.ofMinutes(30));
  }

  private static final String STRONG = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

  @Test
  void outsideDevModeAShortAdminTokenOpensNothingAndSaysWhy() {
    KenesConfig config =
        configWith(
            Map.of(
                "kenes.admin.token", "dev-admin-token", "kenes.public-url", "https://k.example"));

    assertThat(config.adminToken()).isEmpty();
    assertThat(config.adminTokenProblem())
        .hasValueSatisfying(
            m -> assertThat(m).contains("kenes.admin.token", "43").doesNotContain("dev-admin"));
  }

  @Test
  void anAdminTokenOf32BytesIsAccepted() {
    KenesConfig config =
        configWith(Map.of("kenes.admin.token", STRONG, "kenes.public-url", "https://k.example"));

    assertThat(STRONG).hasSize(KenesConfig.MIN_ADMIN_TOKEN_LENGTH);
    assertThat(config.adminToken()).contains(STRONG);
    assertThat(config.adminTokenProblem()).isEmpty();
  }

  @Test
  void inDevModeAShortAdminTokenIsAccepted() {
    KenesConfig config =
        configWith(
            Map.of(
                "kenes.admin.token", "dev-admin-token",
                "kenes.dev-mode", "true",
                "kenes.public-url", "http://localhost:9080"));

    assertThat(config.adminToken()).contains("dev-admin-token");
    assertThat(config.adminTokenProblem()).isEmpty();
  }

  @Test
  void noAdminTokenIsNoProblem() {
    assertThat(configWith(Map.of("kenes.public-url", "https://k.example")).adminTokenProblem())
        .isEmpty();
  }

  @Test
  void throttleSettingsHaveDefaultsAndRefuseNonsense() {
    KenesConfig defaults = configWith(Map.of());
    assertThat(defaults.adminMaxFailures()).isEqualTo(5);
    assertThat(defaults.adminThrottleWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.loginsPerMinute()).isEqualTo(60);
    assertThat(defaults.unlimitedAddresses()).isEmpty();
    assertThat(defaults.invitationResponsesPerClient()).isEqualTo(20);

    KenesConfig set =
        configWith(
            Map.of(
                "kenes.admin.throttle.max-failures", "oops",
                "kenes.lti.login.per-minute", "0",
                "kenes.limits.unlimited-addresses", " 127.0.0.1, ::1 ,"));
    assertThat(set.adminMaxFailures()).isEqualTo(5);
    assertThat(set.loginsPerMinute()).isZero();
    assertThat(set.unlimitedAddresses()).containsExactlyInAnyOrder("127.0.0.1", "::1");
  }
}
