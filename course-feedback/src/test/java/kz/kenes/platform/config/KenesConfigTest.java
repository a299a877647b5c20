package kz.kenes.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KenesConfigTest {

  private static KenesConfig configWith(Map<String, String> values) {
    return new KenesConfig(MapConfig.of(values));
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

  @Test
  void blankAdminTokenCountsAsUnset() {
    assertThat(configWith(Map.of("kenes.admin.token", "  ")).adminToken()).isEmpty();
    assertThat(configWith(Map.of("kenes.admin.token", "s3cret")).adminToken()).contains("s3cret");
  }

  @Test
  void durationsHaveDefaultsAndParseIso8601() {
    assertThat(configWith(Map.of()).keyRotationOverlap()).isEqualTo(Duration.ofDays(2));
    assertThat(configWith(Map.of("kenes.session.lifetime", "PT30M")).sessionLifetime())
        .isEqualTo(Duration.ofMinutes(30));
  }

  /** A MicroProfile Config over a map, enough for {@link KenesConfig}. */
  interface MapConfig extends Config {
    static Config of(Map<String, String> values) {
      return (Config)
          java.lang.reflect.Proxy.newProxyInstance(
              MapConfig.class.getClassLoader(),
              new Class<?>[] {Config.class},
              (proxy, method, args) -> {
                if (method.getName().equals("getOptionalValue")) {
                  return java.util.Optional.ofNullable(values.get((String) args[0]));
                }
                throw new IllegalStateException("not used by KenesConfig: " + method.getName());
              });
    }
  }
}
