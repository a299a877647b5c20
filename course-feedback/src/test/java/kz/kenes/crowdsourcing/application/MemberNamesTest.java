package kz.kenes.crowdsourcing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignPerson;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.PersonName;
import org.junit.jupiter.api.Test;

class MemberNamesTest {

  private static final Map<Long, String> LTI = Map.of(5L, "Aigerim Bekova");

  private static final Map<String, CampaignPerson> GUESTS =
      Map.of(
          "inv:7:3",
          new CampaignPerson("inv:7:3", Optional.of(CampaignRole.PARTICIPANT), "employer", null),
          "inv:7:4",
          new CampaignPerson(
              "inv:7:4", Optional.of(CampaignRole.EXPERT), "employer", "Dana of AgroHolding"));

  @Test
  void anLtiMemberIsNamedByTheirLaunchesAndOtherwiseAsAParticipant() {
    assertThat(MemberNames.nameOf("lti:5", LTI, GUESTS))
        .isEqualTo(PersonName.named("Aigerim Bekova"));
    assertThat(MemberNames.nameOf("lti:6", LTI, GUESTS)).isEqualTo(PersonName.participant());
  }

  @Test
  void aGuestIsNamedByTheNameTheyGaveElseByGroupAndUse() {
    assertThat(MemberNames.nameOf("inv:7:4", LTI, GUESTS))
        .isEqualTo(PersonName.named("Dana of AgroHolding"));
    assertThat(MemberNames.nameOf("inv:7:3", LTI, GUESTS))
        .isEqualTo(PersonName.guest("employer", 3));
    assertThat(MemberNames.nameOf("inv:9:1", LTI, GUESTS)).isEqualTo(PersonName.participant());
  }

  @Test
  void theAdminTokenAndTheScheduleAreNamedForWhatTheyAre() {
    assertThat(MemberNames.nameOf(CampaignCaller.ADMIN_TOKEN, LTI, GUESTS))
        .isEqualTo(PersonName.operator());
    assertThat(MemberNames.nameOf(CampaignAccess.SCHEDULE, LTI, GUESTS))
        .isEqualTo(PersonName.schedule());
    assertThat(MemberNames.nameOf("lti:x", LTI, GUESTS)).isEqualTo(PersonName.participant());
  }

  @Test
  void aRevisionsApproversAreNamedByPersonOperatorOrTheirOwnText() {
    MemberNames names = new MemberNames();
    names.personNames = ids -> ids.contains(5L) ? LTI : Map.of();
    assertThat(names.approvers(java.util.List.of("lti-user:5", "lti-user:6", "operator", "Board")))
        .containsEntry("lti-user:5", PersonName.named("Aigerim Bekova"))
        .containsEntry("lti-user:6", PersonName.participant())
        .containsEntry("operator", PersonName.operator())
        .containsEntry("Board", PersonName.named("Board"));
  }

  @Test
  void aGuestKeyNamesItsUseOfTheLink() {
    assertThat(CampaignInvitation.useOf("inv:7:3")).isEqualTo(3);
    assertThat(CampaignInvitation.useOf("lti:7")).isZero();
    assertThat(MemberNames.ltiUser("lti:42")).isEqualTo(42L);
    assertThat(MemberNames.ltiUser("inv:4:2")).isNull();
  }
}
