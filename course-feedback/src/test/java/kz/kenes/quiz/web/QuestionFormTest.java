package kz.kenes.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.domain.PartialCredit;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionCodeTaken;
import kz.kenes.quiz.domain.QuestionType;
import org.junit.jupiter.api.Test;

/** The structured question form: each type read from its fields, refused with its fields. */
class QuestionFormTest {

  private static Map<String, String> form(String... namesAndValues) {
    Map<String, String> values = new HashMap<>();
    values.put("code", "q1");
    values.put("text.en", "Which is a cereal?");
    values.put("text.ru", "Что из этого злак?");
    values.put("text.kk", "Қайсысы дақыл?");
    values.put("points", "2");
    values.put("rows", "4");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  private static Question read(QuestionType type, Map<String, String> values) {
    QuestionForm.Read read = QuestionForm.read(type, values);
    assertThat(read.errors()).isEmpty();
    return read.question();
  }

  private static Map<String, String> errors(QuestionType type, Map<String, String> values) {
    QuestionForm.Read read = QuestionForm.read(type, values);
    assertThat(read.question()).isNull();
    return read.errors();
  }

  @Test
  void readsSingleChoiceInThreeLanguagesWithFeedbackAndTags() {
    Question q =
        read(
            QuestionType.SINGLE_CHOICE,
            form(
                "c0.text.en", "Wheat",
                "c0.text.ru", "Пшеница",
                "c0.feedback.en", "Yes, a cereal",
                "c1.text.en", "Potato",
                "c1.feedback.kk", "Жоқ",
                "correct", "0",
                "mandatory", "on",
                "competencies", "Knows crops\n\n  Reads maps ",
                "feedbackWrong.ru", "Повторите лекцию"));
    assertThat(q.text()).containsOnlyKeys("kk", "ru", "en");
    assertThat(q.points()).isEqualTo(2);
    assertThat(q.mandatory()).isTrue();
    assertThat(q.choices()).hasSize(2);
    assertThat(q.choices().get(0).text()).containsEntry("ru", "Пшеница");
    assertThat(q.choices().get(0).feedback()).containsEntry("en", "Yes, a cereal");
    assertThat(q.choices().get(1).feedback()).containsEntry("kk", "Жоқ");
    assertThat(q.correct()).containsExactly(q.choices().get(0).id());
    assertThat(q.competencies()).containsExactly("Knows crops", "Reads maps");
    assertThat(q.feedbackWrong()).containsEntry("ru", "Повторите лекцию");
  }

  @Test
  void singleChoiceNeedsOneRightOptionWithText() {
    assertThat(
            errors(QuestionType.SINGLE_CHOICE, form("c0.text.en", "Wheat", "c1.text.en", "Potato")))
        .containsEntry("correct", "quizedit.error.correct.SINGLE_CHOICE");
    assertThat(
            errors(
                QuestionType.SINGLE_CHOICE,
                form("c0.text.en", "Wheat", "c1.text.en", "Potato", "correct", "3")))
        .containsEntry("choices", "quizedit.error.markedBlank");
    assertThat(errors(QuestionType.SINGLE_CHOICE, form("c0.text.en", "Wheat", "correct", "0")))
        .containsEntry("choices", "quizedit.error.choices.SINGLE_CHOICE");
  }

  @Test
  void readsMultipleChoiceWithPartialCreditAndKeepsChoiceIds() {
    Question q =
        read(
            QuestionType.MULTIPLE_CHOICE,
            form(
                "c0.id", "wheat",
                "c0.text.en", "Wheat",
                "c0.correct", "on",
                "c1.text.en", "Potato",
                "c2.text.en", "Rye",
                "c2.correct", "on",
                "partialCredit", "PROPORTIONAL"));
    assertThat(q.choices().get(0).id()).isEqualTo("wheat");
    assertThat(q.correct()).containsExactly("wheat", q.choices().get(2).id());
    assertThat(q.partialCredit()).isEqualTo(PartialCredit.PROPORTIONAL);
    assertThat(
            errors(QuestionType.MULTIPLE_CHOICE, form("c0.text.en", "Wheat", "c1.text.en", "Rye")))
        .containsEntry("correct", "quizedit.error.correct.MULTIPLE_CHOICE");
  }

  @Test
  void readsTrueFalse() {
    assertThat(read(QuestionType.TRUE_FALSE, form("truth", "false")).correct())
        .containsExactly("false");
    assertThat(errors(QuestionType.TRUE_FALSE, form()))
        .containsEntry("correct", "quizedit.error.correct.TRUE_FALSE");
  }

  @Test
  void readsNumericWithACommaAndRefusesWhatIsNoNumber() {
    Question q = read(QuestionType.NUMERIC, form("number", "9,81", "tolerance", "0.05"));
    assertThat(q.number()).isEqualTo(9.81);
    assertThat(q.tolerance()).isEqualTo(0.05);
    assertThat(errors(QuestionType.NUMERIC, form("number", "nine", "tolerance", "-1")))
        .containsEntry("number", "quizedit.error.notANumber");
    assertThat(errors(QuestionType.NUMERIC, form("number", "9", "tolerance", "-1")))
        .containsEntry("tolerance", "quizedit.error.tolerance");
    assertThat(errors(QuestionType.NUMERIC, form()))
        .containsEntry("number", "quizedit.error.number");
  }

  @Test
  void readsShortTextWithItsOptions() {
    Question q =
        read(
            QuestionType.SHORT_TEXT,
            form("accepted", "ёлка\nель", "caseSensitive", "on", "ignoreDiacritics", "on"));
    assertThat(q.accepted()).containsExactly("ёлка", "ель");
    assertThat(q.caseSensitive()).isTrue();
    assertThat(q.ignoreDiacritics()).isTrue();
    assertThat(errors(QuestionType.SHORT_TEXT, form("accepted", "  \n")))
        .containsEntry("accepted", "quizedit.error.accepted");
  }

  @Test
  void readsMatchingPairsSharedTargetsAndDistractors() {
    Question q =
        read(
            QuestionType.MATCHING,
            form(
                "c0.text.en",
                "Wheat",
                "t0.text.en",
                "Cereal",
                "c1.text.en",
                "Rye",
                "t1.text.en",
                "Cereal",
                "c2.text.en",
                "Potato",
                "t2.text.en",
                "Tuber",
                "t3.text.en",
                "Legume"));
    assertThat(q.choices()).hasSize(3);
    assertThat(q.targets())
        .extracting(t -> t.text().get("en"))
        .containsExactly("Cereal", "Tuber", "Legume");
    String cereal = q.targets().get(0).id();
    assertThat(q.correct())
        .containsExactly(
            q.choices().get(0).id() + "=" + cereal,
            q.choices().get(1).id() + "=" + cereal,
            q.choices().get(2).id() + "=" + q.targets().get(1).id());
    assertThat(errors(QuestionType.MATCHING, form("c0.text.en", "Wheat", "t1.text.en", "Cereal")))
        .containsEntry("choices", "quizedit.error.unmatched");
  }

  @Test
  void readsOrderingInTheOrderOfTheRows() {
    Question q =
        read(
            QuestionType.ORDERING,
            form("c0.text.en", "Plough", "c2.text.en", "Sow", "c3.text.en", "Harvest"));
    assertThat(q.choices())
        .extracting(c -> c.text().get("en"))
        .containsExactly("Plough", "Sow", "Harvest");
    assertThat(q.correct())
        .containsExactlyElementsOf(q.choices().stream().map(c -> c.id()).toList());
  }

  @Test
  void refusesCommonFieldsAndAMissingType() {
    Map<String, String> bad =
        form(
            "code",
            "no spaces!",
            "text.en",
            "",
            "text.ru",
            "",
            "text.kk",
            "",
            "points",
            "0",
            "truth",
            "true");
    assertThat(errors(QuestionType.TRUE_FALSE, bad))
        .containsEntry("code", "quizedit.error.code")
        .containsEntry("text", "quizedit.error.text")
        .containsEntry("points", "quizedit.error.points");
    assertThat(errors(QuestionType.TRUE_FALSE, form("points", "two", "truth", "true")))
        .containsEntry("points", "quizedit.error.notANumber");
    assertThat(errors(null, form())).containsOnlyKeys("type");
    assertThat(QuestionForm.type("NUMERIC")).isEqualTo(QuestionType.NUMERIC);
    assertThat(QuestionForm.type("ESSAY")).isNull();
  }

  @Test
  void refusesTooLongTexts() {
    assertThat(
            errors(
                QuestionType.TRUE_FALSE,
                form("truth", "true", "feedbackRight.en", "x".repeat(2001))))
        .containsEntry("feedbackRight.en", "quizedit.error.tooLong");
  }

  @Test
  void writesAQuestionBackIntoTheFormSoThatItReadsTheSame() {
    for (QuestionType type : QuestionType.values()) {
      Map<String, String> values =
          switch (type) {
            case SINGLE_CHOICE -> form("c0.text.en", "A", "c1.text.ru", "Б", "correct", "1");
            case MULTIPLE_CHOICE ->
                form(
                    "c0.text.en",
                    "A",
                    "c0.correct",
                    "on",
                    "c1.text.en",
                    "B",
                    "c0.feedback.kk",
                    "Иә");
            case TRUE_FALSE -> form("truth", "true");
            case NUMERIC -> form("number", "3.5", "tolerance", "0");
            case SHORT_TEXT -> form("accepted", "x\ny", "ignoreDiacritics", "on");
            case MATCHING ->
                form(
                    "c0.text.en",
                    "A",
                    "t0.text.en",
                    "1",
                    "c1.text.en",
                    "B",
                    "t1.text.en",
                    "2",
                    "t2.text.en",
                    "3");
            case ORDERING -> form("c0.text.en", "A", "c1.text.en", "B", "c2.text.en", "C");
          };
      Question first = read(type, values);
      Question again = read(type, QuestionForm.values(first));
      assertThat(again).as("%s", type).isEqualTo(first);
    }
  }

  @Test
  void showsTheRowsOfAQuestionAndSpareOnes() {
    assertThat(QuestionForm.rowsFor(2)).isEqualTo(4);
    assertThat(QuestionForm.rowsFor(5)).isEqualTo(7);
    assertThat(QuestionForm.rowsFor(30)).isEqualTo(30);
  }

  @Test
  void mapsRefusalsOfTheDomainToTheFormsFields() {
    assertThat(QuestionForm.errorsOf(QuestionType.NUMERIC, new QuestionCodeTaken("q1")))
        .containsEntry("code", "quizedit.error.codeTaken");
    assertThat(
            QuestionForm.errorsOf(
                QuestionType.MATCHING,
                new InvalidInput(
                    "invalid-question",
                    "…",
                    Map.of("question.targets", "A matching question needs distinct targets."))))
        .containsEntry("choices", "quizedit.error.targets");
    assertThat(
            QuestionForm.errorsOf(
                QuestionType.NUMERIC,
                new InvalidInput("invalid-quiz", "…", Map.of("questions", "At most 200."))))
        .containsEntry("form", "quizedit.error.form");
    assertThat(List.of(QuestionType.values())).hasSize(7);
  }
}
