package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaperTest {

  private static final List<Question> BANK =
      List.of(
          mandatory(single("m1", "a", "a", "b", "c", "d")),
          single("q2", "a", "a", "b", "c", "d"),
          single("q3", "a", "a", "b", "c", "d"),
          single("q4", "a", "a", "b", "c", "d"),
          single("q5", "a", "a", "b", "c", "d"),
          single("q6", "a", "a", "b", "c", "d"));

  private static QuizSettings draw(int n, boolean shuffle) {
    return new QuizSettings(null, n, shuffle, shuffle, 0, 0, 0, null, null, null);
  }

  @Test
  void theSameSeedDrawsTheSamePaper() {
    assertThat(Paper.draw(BANK, draw(3, true), 42)).isEqualTo(Paper.draw(BANK, draw(3, true), 42));
  }

  @Test
  void aDrawAlwaysIncludesTheMandatoryQuestions() {
    for (long seed = 0; seed < 50; seed++) {
      Paper paper = Paper.draw(BANK, draw(3, false), seed);
      assertThat(paper.questions()).hasSize(3);
      assertThat(paper.questions()).extracting(Question::code).contains("m1");
    }
  }

  @Test
  void seedsShuffleQuestionsAndChoicesDifferently() {
    Set<List<String>> orders = new HashSet<>();
    Set<List<String>> choiceOrders = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      Paper paper = Paper.draw(BANK, draw(0, true), seed);
      orders.add(paper.questions().stream().map(Question::code).toList());
      choiceOrders.add(paper.questions().get(0).choices().stream().map(Choice::id).toList());
      assertThat(paper.questions()).hasSize(6);
    }
    assertThat(orders.size()).isGreaterThan(1);
    assertThat(choiceOrders.size()).isGreaterThan(1);
  }

  @Test
  void withoutShufflingThePaperIsTheQuizInOrder() {
    Paper paper = Paper.draw(BANK, draw(0, false), 7);
    assertThat(paper.questions()).isEqualTo(BANK);
  }

  @Test
  void orderingItemsAreNeverShownInTheRightOrder() {
    List<Question> bank = List.of(ordering("o", PartialCredit.ALL_OR_NOTHING, "a", "b"));
    for (long seed = 0; seed < 20; seed++) {
      Question shown = Paper.draw(bank, draw(0, false), seed).questions().get(0);
      assertThat(shown.choices()).extracting(Choice::id).containsExactly("b", "a");
    }
  }
}
