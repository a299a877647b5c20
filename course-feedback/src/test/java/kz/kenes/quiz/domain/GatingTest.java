package kz.kenes.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.kenes.platform.domain.Conflict;
import org.junit.jupiter.api.Test;

/** The sequence rules of a course applied to one learner (docs/quizzes.md, "Gating"). */
class GatingTest {

  private static final long COURSE = 1;
  private static final long MODULE = 10;
  private static final long WEEK1 = 100;
  private static final long WEEK2 = 200;

  private static LessonGate lesson(int lesson, long quiz) {
    return LessonGate.of(
        COURSE, MODULE, lesson, LessonGate.WHOLE_LESSON, quiz, null, Instant.EPOCH);
  }

  private static LessonGate step(int lesson, int step, long quiz) {
    return LessonGate.of(COURSE, MODULE, lesson, step, quiz, null, Instant.EPOCH);
  }

  private static QuizPlacement placed(long quiz, int lesson) {
    return new QuizPlacement(quiz, COURSE, MODULE, lesson);
  }

  @Test
  void theNextLessonIsLockedUntilTheQuizIsPassed() {
    Gating gating = new Gating(List.of(lesson(1, WEEK1)), List.of(placed(WEEK1, 0)));

    assertThat(gating.lessonLockedBy(MODULE, 0, Set.of())).isEmpty();
    assertThat(gating.lessonLockedBy(MODULE, 1, Set.of())).containsExactly(WEEK1);
    assertThat(gating.lessonLockedBy(MODULE, 1, Set.of(WEEK1))).isEmpty();
  }

  @Test
  void aLockedLessonLocksItsStepsAndItsQuizzes() {
    Gating gating =
        new Gating(List.of(lesson(1, WEEK1)), List.of(placed(WEEK1, 0), placed(WEEK2, 1)));

    assertThat(gating.stepLockedBy(MODULE, 1, 0, Set.of())).containsExactly(WEEK1);
    assertThat(gating.quizLockedBy(WEEK2, Set.of())).containsExactly(WEEK1);
    assertThat(gating.quizLockedBy(WEEK2, Set.of(WEEK1))).isEmpty();
    assertThat(gating.quizLockedBy(WEEK1, Set.of())).as("its own lesson is open").isEmpty();
  }

  @Test
  void aStepRuleLocksThatStepOnly() {
    Gating gating = new Gating(List.of(step(0, 1, WEEK1)), List.of(placed(WEEK1, 0)));

    assertThat(gating.lessonLockedBy(MODULE, 0, Set.of())).isEmpty();
    assertThat(gating.stepLockedBy(MODULE, 0, 0, Set.of())).isEmpty();
    assertThat(gating.stepLockedBy(MODULE, 0, 1, Set.of())).containsExactly(WEEK1);
    assertThat(gating.stepLockedBy(MODULE, 0, 1, Set.of(WEEK1))).isEmpty();
    assertThat(gating.quizLockedBy(WEEK1, Set.of())).isEmpty();
  }

  @Test
  void everyRuleOnALessonMustHold() {
    Gating gating = new Gating(List.of(lesson(2, WEEK1), lesson(2, WEEK2)), List.of());

    assertThat(gating.lessonLockedBy(MODULE, 2, Set.of())).containsExactly(WEEK1, WEEK2);
    assertThat(gating.lessonLockedBy(MODULE, 2, Set.of(WEEK2))).containsExactly(WEEK1);
    assertThat(gating.lessonLockedBy(MODULE, 2, Set.of(WEEK1, WEEK2))).isEmpty();
  }

  @Test
  void rulesOfAnotherModuleDoNotApply() {
    Gating gating = new Gating(List.of(lesson(1, WEEK1)), List.of());

    assertThat(gating.lessonLockedBy(MODULE + 1, 1, Set.of())).isEmpty();
  }

  @Test
  void aQuizPlacedNowhereIsNeverLockedAndSendsNobodyBack() {
    Gating gating = new Gating(List.of(lesson(0, WEEK1)), List.of());

    assertThat(gating.quizLockedBy(WEEK2, Set.of())).isEmpty();
    assertThat(gating.placementOf(WEEK2)).isEmpty();
  }

  @Test
  void theLessonToReviewIsTheOneTheQuizChecks() {
    Gating gating = new Gating(List.of(), List.of(placed(WEEK1, 0), placed(WEEK2, 0)));

    assertThat(gating.placementOf(WEEK1).orElseThrow().lesson()).isEqualTo(0);
    assertThat(gating.quizzesIn(MODULE, 0)).containsExactly(WEEK1, WEEK2);
  }

  @Test
  void refusesARuleThatLocksAQuizBehindItself() {
    assertThatThrownBy(
            () -> Gating.requireReachable(List.of(lesson(0, WEEK1)), List.of(placed(WEEK1, 0))))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("no learner could ever open it");
  }

  @Test
  void refusesACycleThroughTwoLessons() {
    List<QuizPlacement> placements = List.of(placed(WEEK1, 0), placed(WEEK2, 1));
    Gating.requireReachable(List.of(lesson(1, WEEK1)), placements);

    assertThatThrownBy(
            () -> Gating.requireReachable(List.of(lesson(1, WEEK1), lesson(0, WEEK2)), placements))
        .isInstanceOf(Conflict.class)
        .extracting(e -> ((Conflict) e).reason())
        .isEqualTo("gate-cycle");
  }

  @Test
  void aStepRuleNeverLocksAQuiz() {
    Gating.requireReachable(List.of(step(0, 0, WEEK1)), List.of(placed(WEEK1, 0)));
  }

  @Test
  void refusesNegativePositions() {
    assertThatThrownBy(() -> lesson(-1, WEEK1)).hasMessageContaining("from 0");
    assertThatThrownBy(() -> step(0, -2, WEEK1)).hasMessageContaining("from 0");
    assertThatThrownBy(() -> placed(WEEK1, -1)).hasMessageContaining("from 0");
  }

  @Test
  void theLockNamesWhatToPass() {
    LessonLocked locked =
        new LessonLocked(
            "The lesson «Soil fertility»",
            "Soil fertility",
            List.of(new LessonLocked.Unlock(WEEK1, "Week 1 check")));

    assertThat(locked.getMessage())
        .isEqualTo(
            "The lesson «Soil fertility» is locked: pass the quiz «Week 1 check» to unlock it.");
    assertThat(locked.reason()).isEqualTo("lesson-locked");
  }
}
