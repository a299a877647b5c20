package kz.kenes.crowdsourcing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

class PeopleNamesTest {

  private final PeopleNames.Names names =
      new PeopleNames.Names(
          Map.of("lti:5", "Aigerim", "inv:7:3", "Guest (Employers) #3"), "Participant");

  @Test
  void aKeyNotAskedAboutIsANeutralParticipant() {
    assertThat(names.of("lti:5")).isEqualTo("Aigerim");
    assertThat(names.of("lti:99")).isEqualTo("Participant");
    assertThat(names.of(null)).isEqualTo("Participant");
  }

  @Test
  void theKeysInAnAuditDetailBecomeNames() {
    assertThat(names.in("lti:5 expert employer")).isEqualTo("Aigerim expert employer");
    assertThat(names.in("link 7 as inv:7:3, not lti:55"))
        .isEqualTo("link 7 as Guest (Employers) #3, not Participant");
    assertThat(names.in("collection -> selection")).isEqualTo("collection -> selection");
    assertThat(PeopleNames.keysIn(List.of("lti:5 expert", "inv:7:3 and lti:6")))
        .containsExactly("lti:5", "inv:7:3", "lti:6");
  }

  @Test
  void aGroupIsNamedInTheLanguageAndAnUnknownOneByItsCode() {
    Messages messages = new Messages();
    assertThat(PeopleNames.groupLabel(messages, Locale.ENGLISH, "employer")).isEqualTo("Employers");
    assertThat(PeopleNames.groupLabel(messages, Locale.forLanguageTag("ru"), "employer"))
        .isEqualTo("Работодатели");
    assertThat(PeopleNames.groupLabel(messages, Locale.ENGLISH, "farmers")).isEqualTo("farmers");
    assertThat(messages.text(Locale.forLanguageTag("kk"), "crowdp.person.guest", "Түлектер", "3"))
        .isEqualTo("Қонақ (Түлектер) #3");
  }
}
