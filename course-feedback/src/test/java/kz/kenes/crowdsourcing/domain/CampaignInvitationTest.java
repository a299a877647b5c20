package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A campaign's invitation link: its guests' keys and its state under the shared link rules. */
class CampaignInvitationTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

  @Test
  void aGuestKeyNamesItsLinkAndOtherKeysNoLink() {
    assertThat(CampaignInvitation.guestKey(42, 3)).isEqualTo("inv:42:3");
    assertThat(CampaignInvitation.linkOf("inv:42:3")).isEqualTo(42);
    assertThat(CampaignInvitation.linkOf("lti:42")).isEqualTo(-1);
    assertThat(CampaignInvitation.linkOf("inv:x:1")).isEqualTo(-1);
    assertThat(CampaignInvitation.linkOf(null)).isEqualTo(-1);
  }

  @Test
  void itsStateFollowsTheSharedLinkRules() {
    CampaignInvitation link =
        new CampaignInvitation(
            7L,
            1,
            "h",
            CampaignRole.EXPERT,
            "employer",
            null,
            2,
            2,
            NOW.plusSeconds(60),
            null,
            "admin-token",
            NOW);
    assertThat(link.state(NOW)).isEqualTo("used-up");
    assertThat(link.terms().refusal(NOW, CampaignInvitation.WORDING))
        .contains("This invitation link has reached its number of members.");
  }
}
