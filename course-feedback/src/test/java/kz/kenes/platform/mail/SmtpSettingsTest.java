package kz.kenes.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

  private static SmtpSettings of(Map<String, String> values) {
    return SmtpSettings.read(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void mailIsOffUntilAHostIsSet() {
    assertThat(SmtpSettings.OFF.enabled()).isFalse();
    assertThat(of(Map.of(SmtpSettings.HOST, "  ")).enabled()).isFalse();
    SmtpSettings on = of(Map.of(SmtpSettings.HOST, "smtp.example.edu"));
    assertThat(on.enabled()).isTrue();
    assertThat(on.port()).isEqualTo(587);
    assertThat(on.startTls()).isTrue();
  }

  @Test
  void neverShowsThePassword() {
    SmtpSettings settings =
        of(
            Map.of(
                SmtpSettings.HOST, "smtp.example.edu",
                SmtpSettings.USER, "kenes",
                SmtpSettings.PASSWORD, "s3cret-pass"));
    assertThat(settings.password()).isEqualTo("s3cret-pass");
    assertThat(settings.toString()).doesNotContain("s3cret-pass").contains("password=***");
  }

  @Test
  void backsOffExponentiallyUpToTheMaximum() {
    SmtpSettings settings =
        of(
            Map.of(
                SmtpSettings.HOST, "h",
                SmtpSettings.RETRY_INITIAL, "PT1M",
                SmtpSettings.RETRY_MAX, "PT10M"));
    assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.backoff(40)).isEqualTo(Duration.ofMinutes(10));
  }
}
