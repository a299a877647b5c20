package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.kenes.integration.lti.persistence.JdbcRoster;
import kz.kenes.platform.activity.CourseResponses.OpenActivity;
import org.junit.jupiter.api.Test;

class NonRespondentsTest {

  static final Set<String> LEARNERS = Set.of("learner");
  static final Instant CLOSES = Instant.parse("2026-12-31T18:00:00Z");
  static final List<JdbcRoster.Active> ROSTER =
      List.of(
          new JdbcRoster.Active("a", "learner", "Aigerim", "a@example.edu", 1L),
          new JdbcRoster.Active("b", "learner", "Bolat", "b@example.edu", 2L),
          new JdbcRoster.Active("c", "learner", null, null, 3L),
          new JdbcRoster.Active("d", "learner", "Dana", "d@example.edu", null),
          new JdbcRoster.Active("e", "instructor", "Erlan", "b@example.edu", 5L));

  @Test
  void membersOfTheAskedRolesWithoutASubmissionAreListedAndOnesWhoNeverLaunchedToo() {
    NonRespondents.Activity activity =
        NonRespondents.activity(
            new OpenActivity(
                "survey-round:7", "Survey", "baseline", CLOSES, LEARNERS, false, Set.of(1L, 5L)),
            ROSTER);

    assertThat(activity.missing())
        .extracting(NonRespondents.Member::subject)
        .containsExactly("b", "c", "d");
    assertThat(activity.enrolled()).as("the learners").isEqualTo(4);
    assertThat(activity.emails()).containsExactly("b@example.edu", "d@example.edu");
  }

  @Test
  void anAnonymousActivityListsNoOne() {
    NonRespondents.Activity activity =
        NonRespondents.activity(
            new OpenActivity(
                "survey-round:7", "Survey", "baseline", CLOSES, LEARNERS, true, Set.of(1L)),
            ROSTER);

    assertThat(activity.anonymous()).isTrue();
    assertThat(activity.missing()).isEmpty();
    assertThat(activity.emails()).isEmpty();
  }

  @Test
  void anAnonymousActivityNeverCarriesWhoAnswered() {
    assertThat(new OpenActivity("r", "t", "l", CLOSES, LEARNERS, true, Set.of(1L, 2L)).answered())
        .isEmpty();
  }
}
