package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules every invitation link follows: uses, expiry, withdrawal, and the hashed token. */
class LinkTermsTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  private static final LinkTerms.Wording WORDS = new LinkTerms.Wording("the organisers", "members");

  @Test
  void aLinkIsActiveUntilUsedUpExpiredOrWithdrawnWithdrawalFirst() {
    assertThat(new LinkTerms(2, 1, NOW.plusSeconds(1), null).state(NOW)).isEqualTo("active");
    assertThat(new LinkTerms(2, 2, NOW.plusSeconds(1), null).state(NOW)).isEqualTo("used-up");
    assertThat(new LinkTerms(2, 2, NOW, null).state(NOW)).isEqualTo("expired");
    assertThat(new LinkTerms(2, 2, NOW, NOW.minusSeconds(5)).state(NOW)).isEqualTo("revoked");
  }

  @Test
  void aRefusalSaysWhyInTheLinksWords() {
    assertThat(new LinkTerms(1, 1, NOW.plusSeconds(9), null).refusal(NOW, WORDS))
        .contains("This invitation link has already been used.");
    assertThat(new LinkTerms(5, 5, NOW.plusSeconds(9), null).refusal(NOW, WORDS))
        .contains("This invitation link has reached its number of members.");
    assertThat(new LinkTerms(5, 0, NOW.plusSeconds(9), NOW).refusal(NOW, WORDS))
        .contains("This invitation link was withdrawn by the organisers.");
    assertThat(new LinkTerms(5, 0, NOW.plusSeconds(9), null).refusal(NOW, WORDS)).isEmpty();
  }

  @Test
  void aUsedUpLinkStillLetsItsPeopleGoOnButNotAnExpiredOne() {
    new LinkTerms(1, 1, NOW.plusSeconds(9), null).requireChangeable(NOW, WORDS);
    assertThatThrownBy(
            () -> new LinkTerms(1, 1, NOW.plusSeconds(9), null).requireAvailable(NOW, WORDS))
        .isInstanceOf(InvitationUnavailable.class)
        .extracting(e -> ((InvitationUnavailable) e).state())
        .isEqualTo("used-up");
    assertThatThrownBy(() -> new LinkTerms(1, 0, NOW, null).requireChangeable(NOW, WORDS))
        .isInstanceOf(InvitationUnavailable.class)
        .hasMessage("This invitation link has expired.");
  }

  @Test
  void tokensAreRandomWellFormedAndStoredAsTheirHash() {
    String token = LinkTerms.newToken();
    assertThat(LinkTerms.wellFormed(token)).isTrue();
    assertThat(LinkTerms.wellFormed("short")).isFalse();
    assertThat(LinkTerms.wellFormed(null)).isFalse();
    assertThat(LinkTerms.newToken()).isNotEqualTo(token);
    assertThat(LinkTerms.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
