package kz.kenes.survey.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyCourseResponsesTest {

  @Test
  void onlyLearnersKeysNameUsersWhoAnswered() {
    assertThat(SurveyCourseResponses.answered(Set.of("lti:12", "lti:7", "inv:abc", "lti:x")))
        .containsExactlyInAnyOrder(12L, 7L);
  }
}
