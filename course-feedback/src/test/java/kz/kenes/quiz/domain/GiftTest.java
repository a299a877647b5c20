package kz.kenes.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
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

  // ---- export

  private static Question question(
      String code,
      QuestionType type,
      String text,
      List<Choice> choices,
      List<Choice> targets,
      List<String> correct) {
    return new Question(
        code,
        type,
        Map.of("en", text),
        1,
        false,
        choices,
        targets,
        correct,
        null,
        null,
        null,
        false,
        false,
        type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.MATCHING
            ? PartialCredit.PROPORTIONAL
            : null,
        null,
        null,
        null);
  }

  private static Choice choice(String id, String text, String feedback) {
    return new Choice(id, Map.of("en", text), feedback == null ? null : Map.of("en", feedback));
  }

  /** Every type GIFT carries, with texts full of GIFT's special characters. */
  private static List<Question> bank() {
    Question trueFalse =
        new Question(
            "tf",
            QuestionType.TRUE_FALSE,
            Map.of("en", "Water boils at 100 °C at sea level: true?"),
            1,
            false,
            null,
            null,
            List.of("true"),
            null,
            null,
            null,
            false,
            false,
            null,
            Map.of("en", "Yes: at 1 atm."),
            Map.of("en", "No {really}: it does."),
            null);
    Question numeric =
        new Question(
            "num.1",
            QuestionType.NUMERIC,
            Map.of("en", "Freezing point of brine in °C?"),
            1,
            false,
            null,
            null,
            null,
            -2.5,
            0.25,
            null,
            false,
            false,
            null,
            null,
            null,
            null);
    Question shortText =
        new Question(
            "short_1",
            QuestionType.SHORT_TEXT,
            Map.of("en", "Name the gas: it is {O₂}."),
            1,
            false,
            null,
            null,
            null,
            null,
            null,
            List.of("oxygen", "оттегі", "%O2", "a=b"),
            false,
            false,
            null,
            null,
            null,
            null);
    return List.of(
        question(
            "capital",
            QuestionType.SINGLE_CHOICE,
            "Capital of Kazakhstan? Write it #1: {one} ~ or = another\\path\nsecond line",
            List.of(
                choice("c1", "Astana", "Yes: since 1997 #right"),
                choice("c2", "Almaty ~ old", "No {it moved}"),
                choice("c3", "%50% Shymkent", null)),
            null,
            List.of("c1")),
        question(
            "gases",
            QuestionType.MULTIPLE_CHOICE,
            "Which are noble gases?",
            List.of(
                choice("c1", "Helium", "Right"),
                choice("c2", "Neon", null),
                choice("c3", "Argon = Ar", null),
                choice("c4", "%Oxygen", "O₂ is not noble")),
            null,
            List.of("c1", "c2", "c3")),
        trueFalse,
        numeric,
        shortText,
        question(
            "match",
            QuestionType.MATCHING,
            "Match the crops: season",
            List.of(
                choice("c1", "Wheat", null),
                choice("c2", "Rye", null),
                choice("c3", "Barley", null)),
            List.of(choice("t1", "spring: early", null), choice("t2", "autumn #2", null)),
            List.of("c1=t1", "c2=t2", "c3=t1")));
  }

  @Test
  void exportedQuestionsReadBackTheSame() {
    List<Question> bank = bank();
    bank.forEach(q -> assertThat(q.problems("q")).as(q.code()).isEmpty());

    String gift = Gift.write(bank, "en");

    assertThat(Gift.parse(gift, "en")).containsExactlyElementsOf(bank);
  }

  @Test
  void escapesGiftsSpecialCharactersAndLineBreaks() {
    String gift = Gift.write(bank(), "en");
    assertThat(gift)
        .contains(
            "::capital::Capital of Kazakhstan? Write it \\#1\\: \\{one\\} \\~ or \\= another"
                + "\\\\path\\nsecond line {")
        .contains("  =Astana #Yes\\: since 1997 \\#right\n")
        .contains("  ~%0%%50% Shymkent\n")
        .contains("{TRUE#No \\{really\\}\\: it does.#Yes\\: at 1 atm.}")
        .contains("::num.1::Freezing point of brine in °C? {#-2.5:0.25}")
        .contains("  =%100%%O2\n", "  =a\\=b\n")
        .contains("  =Wheat -> spring\\: early\n", "  =Rye -> autumn \\#2\n");
    // a question is one paragraph: no blank line inside one
    assertThat(gift.split("\n\n")).hasSize(bank().size());
  }

  @Test
  void multipleChoiceWeightsAreKenesProportionalCredit() {
    String gift = Gift.write(bank(), "en");
    assertThat(gift)
        .contains(
            "  ~%33.33333%Helium #Right\n",
            "  ~%33.33333%Argon \\= Ar\n", "  ~%-33.33333%%Oxygen #O₂ is not noble\n");
    Question gases = Gift.parse(gift, "en").get(1);
    assertThat(Grading.grade(gases, List.of("c1", "c2", "c3")).correct()).isTrue();
    assertThat(Grading.grade(gases, List.of("c1", "c4")).points()).isEqualTo(0.0);
  }

  @Test
  void textsAreInTheLanguageChosenElseTheFirstThereIs() {
    Question bilingual =
        new Question(
            "lang",
            QuestionType.TRUE_FALSE,
            Map.of("kk", "Жер дөңгелек пе?", "ru", "Земля круглая?"),
            1,
            false,
            null,
            null,
            List.of("true"),
            null,
            null,
            null,
            false,
            false,
            null,
            null,
            null,
            null);
    assertThat(Gift.write(List.of(bilingual), "ru")).isEqualTo("::lang::Земля круглая? {TRUE}\n");
    assertThat(Gift.write(List.of(bilingual), "en")).startsWith("::lang::Жер дөңгелек пе?");
    assertThat(Gift.parse(Gift.write(List.of(bilingual), "ru"), "ru").get(0).text())
        .isEqualTo(Map.of("ru", "Земля круглая?"));
  }

  @Test
  void whatGiftCannotSayIsAComment() {
    Question ordering =
        question(
            "order",
            QuestionType.ORDERING,
            "Put in order",
            List.of(choice("c1", "sow", null), choice("c2", "reap", null)),
            null,
            List.of("c1", "c2"));
    Question distractor =
        question(
            "match2",
            QuestionType.MATCHING,
            "Match",
            List.of(choice("c1", "Wheat", null), choice("c2", "Rye", null)),
            List.of(
                choice("t1", "spring", null),
                choice("t2", "autumn", null),
                choice("t3", "never", null)),
            List.of("c1=t1", "c2=t2"));
    String gift = Gift.write(List.of(ordering, distractor, bank().get(2)), "en");

    assertThat(gift)
        .startsWith(
            "// order: ordering questions have no GIFT form; left out (the Moodle XML export keeps"
                + " them).\n")
        .contains(
            "// match2: the target \"never\" matches no item and has no GIFT form; left out.\n"
                + "::match2::Match {");
    List<Question> back = Gift.parse(gift, "en");
    assertThat(back).extracting(Question::code).containsExactly("match2", "tf");
    assertThat(back.get(0).targets()).hasSize(2);
  }

  @Test
  void readsTrueFalseFeedbackAndLineBreaks() {
    Question q = Gift.parse("Line one\\nline two {F#Think again#Well done}", "kk").get(0);
    assertThat(q.text()).isEqualTo(Map.of("kk", "Line one\nline two"));
    assertThat(q.correct()).containsExactly("false");
    assertThat(q.feedbackWrong()).isEqualTo(Map.of("kk", "Think again"));
    assertThat(q.feedbackRight()).isEqualTo(Map.of("kk", "Well done"));
    assertThat(Gift.parse("General only {T####Seen by all}", "en").get(0).feedbackRight())
        .isEmpty();
  }
}
