package kz.kenes.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class GiftTest {

  private static final String SAMPLE =
      """
      // week 1
      ::capital::What is the capital of Kazakhstan? {=Astana #Yes ~Almaty #No, it moved in 1997 ~Shymkent}

      Photosynthesis happens in chloroplasts.{T}

      ::elements::Which are noble gases? {~%50%Helium ~%50%Neon ~%-100%Oxygen}

      Name the process plants use to make sugar. {=photosynthesis =фотосинтез}

      ::g::What is g in m/s²? {#9.81:0.05}

      Match the crops and seasons. {=Wheat -> spring =Rye -> autumn =Barley -> spring}

      Pi lies between {#3..3.2}.

      A colon \\: and an equals \\= sign. {=yes ~no}
      """;

  @Test
  void readsEveryGradedTypeWithTitlesAndFeedback() {
    List<Question> qs = Gift.parse(SAMPLE, "en");
    assertThat(qs)
        .extracting(Question::type)
        .containsExactly(
            QuestionType.SINGLE_CHOICE,
            QuestionType.TRUE_FALSE,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.SHORT_TEXT,
            QuestionType.NUMERIC,
            QuestionType.MATCHING,
            QuestionType.NUMERIC,
            QuestionType.SINGLE_CHOICE);
    Question capital = qs.get(0);
    assertThat(capital.code()).isEqualTo("capital");
    assertThat(capital.text().get("en")).isEqualTo("What is the capital of Kazakhstan?");
    assertThat(capital.correct()).containsExactly("c1");
    assertThat(capital.choices().get(1).feedback().get("en")).isEqualTo("No, it moved in 1997");
    assertThat(qs.get(1).correct()).containsExactly("true");
    assertThat(qs.get(2).correct()).containsExactly("c1", "c2");
    assertThat(qs.get(2).partialCredit()).isEqualTo(PartialCredit.PROPORTIONAL);
    assertThat(qs.get(3).accepted()).containsExactly("photosynthesis", "фотосинтез");
    assertThat(qs.get(4).number()).isEqualTo(9.81);
    assertThat(qs.get(4).tolerance()).isEqualTo(0.05);
    assertThat(qs.get(5).correct()).containsExactly("c1=t1", "c2=t2", "c3=t1");
    assertThat(qs.get(5).targets()).hasSize(2);
    assertThat(qs.get(6).number()).isEqualTo(3.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(qs.get(6).text().get("en")).isEqualTo("Pi lies between _____ .");
    assertThat(qs.get(7).text().get("en")).isEqualTo("A colon : and an equals = sign.");
    qs.forEach(q -> assertThat(q.problems("q")).as(q.code()).isEmpty());
  }

  @Test
  void importedQuestionsGradeAsWritten() {
    List<Question> qs = Gift.parse(SAMPLE, "en");
    assertThat(Grading.grade(qs.get(0), List.of("c1")).correct()).isTrue();
    assertThat(Grading.grade(qs.get(2), List.of("c1")).points()).isEqualTo(0.5);
    assertThat(Grading.grade(qs.get(3), List.of("Photosynthesis")).correct()).isTrue();
    assertThat(Grading.grade(qs.get(5), List.of("c1=t1", "c2=t2", "c3=t1")).correct()).isTrue();
  }

  @Test
  void refusesEssaysAndUnclosedAnswersWithTheLine() {
    assertThatThrownBy(() -> Gift.parse("Q1 {=a ~b}\n\nWrite an essay. {}\n\nBroken {=a", "ru"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsKeys("gift.line3", "gift.line5").hasSize(2));
    assertThatThrownBy(() -> Gift.parse("// only a comment", "en"))
        .isInstanceOf(InvalidInput.class);
  }
}
