package kz.kenes.lti.security.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserBindingTest {

  @Test
  void isAStableBase64UrlSha256OfUserAgentAndAddress() {
    String binding = BrowserBinding.of("Mozilla/5.0", "203.0.113.7");

    assertThat(binding).matches("[A-Za-z0-9_-]{43}");
    assertThat(BrowserBinding.of("Mozilla/5.0", "203.0.113.7")).isEqualTo(binding);
  }

  @Test
  void differsWhenEitherPartDiffers() {
    String binding = BrowserBinding.of("Mozilla/5.0", "203.0.113.7");

    assertThat(BrowserBinding.of("Mozilla/5.1", "203.0.113.7")).isNotEqualTo(binding);
    assertThat(BrowserBinding.of("Mozilla/5.0", "203.0.113.8")).isNotEqualTo(binding);
    assertThat(BrowserBinding.of("a\n", "b")).isNotEqualTo(BrowserBinding.of("a", "\nb"));
  }

  @Test
  void acceptsMissingParts() {
    assertThat(BrowserBinding.of(null, null)).isEqualTo(BrowserBinding.of("", ""));
  }
}
