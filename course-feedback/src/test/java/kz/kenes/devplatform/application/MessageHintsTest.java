package kz.kenes.devplatform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageHintsTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final byte[] KEY = key(7);
  private static final LaunchChoice CHOICE =
      new LaunchChoice(
          PlatformRole.TEACHING_ASSISTANT,
          "demo-assistant",
          "demo-course-agronomy",
          "kk",
          DocumentTarget.WINDOW);

  private final MessageHints hints = hintsAt(NOW);

  @Test
  void decodesTheChoiceItEncoded() {
    String hint = hints.encode(CHOICE);

    assertThat(hint).startsWith("v1.").doesNotContain("demo-assistant");
    assertThat(hintsAt(NOW.plusSeconds(599)).decode(hint)).isEqualTo(CHOICE);
  }

  @Test
  void carriesADeepLinkingRequestAndAPlacedLink() {
    LaunchChoice deepLinking =
        new LaunchChoice(
            PlatformRole.INSTRUCTOR, "demo-teacher", "c1", "en", DocumentTarget.IFRAME, true, null);
    LaunchChoice placed =
        new LaunchChoice(
            PlatformRole.LEARNER,
            "demo-learner",
            "c1",
            "en",
            DocumentTarget.IFRAME,
            false,
            "placed-3");

    assertThat(hints.decode(hints.encode(deepLinking))).isEqualTo(deepLinking);
    assertThat(hints.decode(hints.encode(placed))).isEqualTo(placed);
  }

  @Test
  void keepsValuesWithSeparatorsIntact() {
    LaunchChoice odd =
        new LaunchChoice(PlatformRole.NO_ROLES, "a&b=c.d", "ctx 1/%", "ru", DocumentTarget.IFRAME);

    assertThat(hints.decode(hints.encode(odd))).isEqualTo(odd);
  }

  @Test
  void rejectsAnAlteredPayload() {
    String hint = hints.encode(CHOICE);
    String[] parts = hint.split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("r=teaching-assistant", "r=admin")
                    .getBytes(StandardCharsets.UTF_8));

    assertRefused(parts[0] + "." + forged + "." + parts[2], "wrong signature");
  }

  @Test
  void rejectsAHintSignedWithAnotherKey() {
    String hint = new MessageHints(key(8), fixed(NOW)).encode(CHOICE);

    assertRefused(hint, "wrong signature");
  }

  @Test
  void rejectsAnExpiredHint() {
    String hint = hints.encode(CHOICE);
    MessageHints later = hintsAt(NOW.plus(MessageHints.LIFETIME).plusSeconds(1));

    assertThatThrownBy(() -> later.decode(hint))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("expired");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "garbage", "v1.abc", "v2.abc.def", "v1.!!!.???", "v1..."})
  void rejectsWhatItDidNotIssue(String hint) {
    assertThatThrownBy(() -> hints.decode(hint))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(400);
              assertThat(e.fieldErrors()).containsKey("lti_message_hint");
            });
  }

  @Test
  void rejectsAMissingHint() {
    assertRefused(null, "required");
  }

  @Test
  void refusesShortKeys() {
    assertThatThrownBy(() -> new MessageHints(new byte[16], fixed(NOW)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void assertRefused(String hint, String message) {
    assertThatThrownBy(() -> hints.decode(hint))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining(message);
  }

  private static MessageHints hintsAt(Instant now) {
    return new MessageHints(KEY, fixed(now));
  }

  private static Clock fixed(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
