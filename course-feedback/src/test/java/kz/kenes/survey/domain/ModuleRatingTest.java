package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import kz.kenes.survey.domain.ModuleRating.Status;
import org.junit.jupiter.api.Test;

/** The version rules of module ratings (docs/module-feedback.md, "Versions"). */
class ModuleRatingTest {

  @Test
  void aModuleNeverRatedIsNotRated() {
    assertThat(ModuleRating.status(Optional.empty(), 1)).isEqualTo(Status.NOT_RATED);
  }

  @Test
  void aRatingOfTheCurrentVersionCountsAsRated() {
    assertThat(ModuleRating.status(Optional.of(3), 3)).isEqualTo(Status.RATED);
  }

  @Test
  void aNewModuleVersionAsksAgain() {
    assertThat(ModuleRating.status(Optional.of(1), 2)).isEqualTo(Status.RATED_EARLIER_VERSION);
  }

  @Test
  void aRatingGoesToTheCurrentVersionWhenNoneIsNamed() {
    assertThat(ModuleRating.requireCurrent(null, 4)).isEqualTo(4);
    assertThat(ModuleRating.requireCurrent(4, 4)).isEqualTo(4);
  }

  @Test
  void aRatingOfAVersionNoLongerCurrentIsRefusedWithTheCurrentOneNamed() {
    assertThatThrownBy(() -> ModuleRating.requireCurrent(1, 2))
        .isInstanceOf(ModuleVersionChanged.class)
        .hasMessageContaining("now at version 2, not 1")
        .extracting(e -> ((ModuleVersionChanged) e).reason())
        .isEqualTo("module-version-changed");
  }

  @Test
  void aLearnersRatingIsKeyedLikeTheirSurveyResponsesAndCountsAsLearnerGroup() {
    ModuleRating rating =
        ModuleRating.ofLearner(7, 2, 41, 5, Instant.parse("2026-03-01T10:00:00Z"));

    assertThat(rating.respondentKey()).isEqualTo("lti:41");
    assertThat(rating.groupCode()).isEqualTo(StakeholderGroup.LEARNER);
    assertThat(rating.moduleVersion()).isEqualTo(2);
    assertThat(rating.submissionId()).isEmpty();
  }
}
