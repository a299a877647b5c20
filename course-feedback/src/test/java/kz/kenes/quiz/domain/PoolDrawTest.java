package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.single;
import static kz.kenes.quiz.domain.Questions.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

/** Draws from question banks' pools: seeded, filtered by tags, never more than the bank holds. */
class PoolDrawTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final List<Long> TWENTY = LongStream.rangeClosed(1, 20).boxed().toList();

  private static BankQuestion tagged(
      String code, List<String> competencies, List<String> outcomes) {
    return BankQuestion.add(
        1, 2, trueFalse(code, true).withCompetencies(competencies), outcomes, null, NOW);
  }

  private static List<Long> reversed(List<Long> ids) {
    List<Long> copy = new java.util.ArrayList<>(ids);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static QuizSettings pools(PoolDraw... pools) {
    return QuizSettings.defaults().withPools(List.of(pools));
  }

  @Test
  void theSameSeedDrawsTheSameQuestions() {
    List<PoolDraw> pools = List.of(new PoolDraw(2L, null, null, 5));
    List<Long> first = Pools.pick(pools, p -> TWENTY, 42);
    assertThat(Pools.pick(pools, p -> TWENTY, 42)).isEqualTo(first).hasSize(5);
    assertThat(Pools.pick(pools, p -> reversed(TWENTY), 42))
        .as("the candidates' order does not matter")
        .isEqualTo(first);
  }

  @Test
  void seedsDrawDifferentQuestions() {
    List<PoolDraw> pools = List.of(new PoolDraw(2L, null, null, 3));
    Set<List<Long>> draws = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      draws.add(Pools.pick(pools, p -> TWENTY, seed));
    }
    assertThat(draws.size()).isGreaterThan(10);
  }

  @Test
  void aPoolDrawsOnlyQuestionsCarryingItsTags() {
    Map<Long, BankQuestion> bank = new LinkedHashMap<>();
    bank.put(1L, tagged("a", List.of("Assesses soil fertility"), List.of("Reads a soil map")));
    bank.put(2L, tagged("b", List.of("Assesses soil fertility"), List.of()));
    bank.put(3L, tagged("c", List.of("Plans crop rotation"), List.of("Reads a soil map")));
    bank.put(4L, tagged("d", List.of(), List.of()));
    PoolDraw byCompetency = new PoolDraw(2L, "  assesses SOIL   fertility ", null, 2);
    PoolDraw byBoth = new PoolDraw(2L, "Plans crop rotation", "reads a soil map", 1);
    for (long seed = 0; seed < 20; seed++) {
      List<Long> drawn =
          Pools.pick(
              List.of(byCompetency, byBoth),
              p ->
                  bank.entrySet().stream()
                      .filter(e -> e.getValue().matches(p.competency(), p.outcome()))
                      .map(Map.Entry::getKey)
                      .toList(),
              seed);
      assertThat(drawn.subList(0, 2)).containsExactlyInAnyOrder(1L, 2L);
      assertThat(drawn.subList(2, 3)).containsExactly(3L);
    }
    assertThat(bank.get(4L).matches(null, null)).as("no tag asks for nothing").isTrue();
    assertThat(bank.get(4L).matches("Plans crop rotation", null)).isFalse();
  }

  @Test
  void aPoolWithTooFewQuestionsGivesWhatItHolds() {
    List<Long> drawn =
        Pools.pick(List.of(new PoolDraw(2L, null, null, 5)), p -> List.of(7L, 9L), 3);
    assertThat(drawn).containsExactlyInAnyOrder(7L, 9L);
  }

  @Test
  void laterPoolsNeverDrawWhatAnEarlierPoolTook() {
    List<PoolDraw> pools =
        List.of(new PoolDraw(2L, null, null, 3), new PoolDraw(2L, null, null, 3));
    for (long seed = 0; seed < 20; seed++) {
      List<Long> drawn = Pools.pick(pools, p -> List.of(1L, 2L, 3L, 4L), seed);
      assertThat(drawn).hasSize(4).doesNotHaveDuplicates();
    }
  }

  @Test
  void thePaperHoldsTheQuizQuestionsAndThePooledOnes() {
    List<Question> own = List.of(single("q1", "a", "a", "b"), single("q2", "a", "a", "b"));
    List<Question> pooled = List.of(trueFalse("bank-10", true), trueFalse("bank-11", false));
    Paper plain = Paper.draw(own, QuizSettings.defaults(), pooled, 5);
    assertThat(plain.questions())
        .extracting(Question::code)
        .containsExactly("q1", "q2", "bank-10", "bank-11");
    QuizSettings shuffled = new QuizSettings(null, 1, true, true, 0, 0, 0, null, null, List.of());
    assertThat(Paper.draw(own, shuffled, pooled, 9))
        .isEqualTo(Paper.draw(own, shuffled, pooled, 9));
    assertThat(Paper.draw(own, shuffled, pooled, 9).questions()).hasSize(3);
  }

  @Test
  void aQuizMayDrawOnlyFromPools() {
    Quiz quiz =
        Quiz.create(1, "Pool quiz", List.of(), pools(new PoolDraw(2L, "x", null, 4)), null, NOW);
    assertThat(quiz.asked()).isEqualTo(4);
    assertThatThrownBy(() -> Quiz.create(1, "Empty", List.of(), QuizSettings.defaults(), null, NOW))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("questions"));
  }

  @Test
  void poolsAreCheckedWithTheQuiz() {
    QuizSettings bad =
        pools(new PoolDraw(null, null, null, 1), new PoolDraw(2L, "x".repeat(201), null, 0));
    assertThat(bad.problems(1))
        .containsKeys(
            "settings.pools[0].moduleId",
            "settings.pools[1].count",
            "settings.pools[1].competency");
    QuizSettings fourOfThree =
        new QuizSettings(
            PassRule.atLeastCorrect(4),
            0,
            false,
            false,
            0,
            0,
            0,
            null,
            null,
            List.of(new PoolDraw(2L, null, null, 2)));
    assertThat(fourOfThree.problems(2)).doesNotContainKey("settings.passRule");
    assertThat(fourOfThree.problems(1)).containsKey("settings.passRule");
  }

  @Test
  void aQuizQuestionMayNotTakeABankCode() {
    assertThatThrownBy(
            () ->
                Quiz.create(
                    1, "Q", List.of(trueFalse("bank-1", true)), QuizSettings.defaults(), null, NOW))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("questions[0].code"));
  }

  @Test
  void aBankQuestionIsCheckedAndItsTagsKeptOnce() {
    BankQuestion q =
        tagged("t1", List.of("Reads maps", " reads  MAPS "), List.of("Outcome 1", "outcome 1"));
    assertThat(q.competencies()).containsExactly("Reads maps");
    assertThat(q.outcomes()).containsExactly("Outcome 1");
    assertThatThrownBy(() -> tagged("t2", List.of(""), List.of()))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).fieldErrors())
                    .containsKey("question.competencies[0]"));
    assertThatThrownBy(
            () -> BankQuestion.add(1, 2, trueFalse("bad code!", true), List.of(), null, NOW))
        .isInstanceOf(InvalidInput.class);
  }
}
