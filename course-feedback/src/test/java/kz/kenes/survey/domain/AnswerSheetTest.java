package kz.kenes.survey.domain;

import static kz.kenes.survey.domain.InstrumentBuilder.anInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.survey.domain.AnswerSheet.Completeness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerSheetTest {

  private final InstrumentVersion version =
      anInstrument()
          .scale("Q1")
          .reversedScale("Q2")
          .single("Q3", "a", "b")
          .multiple("Q4", "x", "y", "z")
          .open("Q5")
          .version();

  private static Map<String, Object> complete() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("Q1", 3);
    answers.put("Q2", 1);
    answers.put("Q3", "b");
    answers.put("Q4", List.of("x", "z"));
    answers.put("Q5", "  More field practice  ");
    return answers;
  }

  @Test
  void scoresReversedItemsMirroredAndKeepsTheScaleSumAndCount() {
    AnswerSheet sheet = AnswerSheet.check(version, complete(), Completeness.SUBMISSION);

    assertThat(sheet.scaleSum()).isEqualTo(3 + (3 - 1));
    assertThat(sheet.scaleCount()).isEqualTo(2);
    Answer reversed = sheet.answers().get(1);
    assertThat(reversed.value()).isEqualTo(1);
    assertThat(reversed.score()).isEqualTo(2);
  }

  @Test
  void storesTheOptionIndexOfASingleChoiceAndTheCodesOfAMultipleChoice() {
    AnswerSheet sheet = AnswerSheet.check(version, complete(), Completeness.SUBMISSION);

    assertThat(sheet.answers().get(2).value()).isEqualTo(1);
    assertThat(sheet.answers().get(3).choices()).containsExactly("x", "z");
    assertThat(sheet.answers().get(4).text()).isEqualTo("More field practice");
  }

  @Test
  void givesBackTheAnswersAsTheRespondentGaveThemInItemOrder() {
    AnswerSheet sheet = AnswerSheet.check(version, complete(), Completeness.SUBMISSION);

    assertThat(sheet.given())
        .containsExactly(
            Map.entry("Q1", 3),
            Map.entry("Q2", 1),
            Map.entry("Q3", "b"),
            Map.entry("Q4", List.of("x", "z")),
            Map.entry("Q5", "More field practice"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "-1", "2.5", "yes", "1e3"})
  void refusesAScaleAnswerOutsideZeroToThreeNamingTheItem(String value) {
    Map<String, Object> answers = complete();
    answers.put("Q1", value.equals("yes") ? value : new BigDecimal(value));

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("answers.Q1"));
  }

  @Test
  void acceptsAWholeNumberWrittenWithADecimalPoint() {
    Map<String, Object> answers = complete();
    answers.put("Q1", new BigDecimal("2.0"));

    assertThat(
            AnswerSheet.check(version, answers, Completeness.SUBMISSION).answers().get(0).value())
        .isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "+3", " 2 ", "1.", "0.000", "3.0000"})
  void acceptsAScaleAnswerGivenAsShortText(String value) {
    Map<String, Object> answers = complete();
    answers.put("Q1", value);

    assertThat(AnswerSheet.check(version, answers, Completeness.SUBMISSION).scaleCount())
        .isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0000000", "1e0", "0x3", "3,0", "٣", "Infinity", "NaN", "3 x"})
  void refusesAScaleAnswerNotInShortPlainForm(String value) {
    Map<String, Object> answers = complete();
    answers.put("Q1", value);

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e ->
                assertThat(e.fieldErrors().get("answers.Q1"))
                    .startsWith("Q1: '")
                    .endsWith("is not an answer on the scale 0 (no) … 3 (yes)."));
  }

  @Test
  void refusesAHugeScaleAnswerAtOnceWithoutQuotingIt() {
    Map<String, Object> answers = complete();
    answers.put("Q1", "3." + "0".repeat(100_000));
    answers.put("Q2", new BigDecimal("1E+1000000000"));

    long started = System.nanoTime();
    Throwable refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> AnswerSheet.check(version, answers, Completeness.SUBMISSION));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(refused).isInstanceOf(InvalidSurveyInput.class);
    Map<String, String> errors = ((InvalidSurveyInput) refused).fieldErrors();
    assertThat(errors).containsOnlyKeys("answers.Q1", "answers.Q2");
    assertThat(errors.get("answers.Q1"))
        .isEqualTo(
            "Q1: '3."
                + "0".repeat(38)
                + "…' (100002 characters) is not an answer on the scale 0 (no) … 3 (yes).");
    assertThat(errors.get("answers.Q2")).contains("'1E+1000000000'");
    assertThat(millis).as("milliseconds to refuse").isLessThan(200);
  }

  @Test
  void refusesAnOpenAnswerWithANulCharacterNamingTheItem() {
    Map<String, Object> answers = complete();
    answers.put("Q5", "before\u0000after");

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnly(
                        Map.entry(
                            "answers.Q5",
                            "Q5: the answer contains a NUL character (U+0000), which cannot be"
                                + " stored; remove it.")));
  }

  @Test
  void refusesAnUnknownItemWithAHugeCodeWithoutRepeatingIt() {
    Map<String, Object> answers = complete();
    answers.put("Q".repeat(100_000), 1);

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e -> {
              assertThat(e.fieldErrors()).containsOnlyKeys("answers." + "Q".repeat(64) + "…");
              assertThat(e.getMessage()).hasSizeLessThan(200);
            });
  }

  @Test
  void refusesUnknownItemsAndOptionsNamingEach() {
    Map<String, Object> answers = complete();
    answers.put("Q9", 1);
    answers.put("Q3", "c");
    answers.put("Q4", List.of("x", "w"));

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("answers.Q9", "answers.Q3", "answers.Q4"));
  }

  @Test
  void aSubmissionNeedsEveryScaleAndSingleChoiceItemButNotOpenOrMultiple() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("Q1", 2);

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("answers.Q2", "answers.Q3"));
  }

  @Test
  void aDraftMayMissAnswersButNotHoldWrongOnes() {
    assertThat(AnswerSheet.check(version, Map.of("Q1", 2), Completeness.DRAFT).answers())
        .hasSize(1);
    assertThatThrownBy(() -> AnswerSheet.check(version, Map.of("Q1", 7), Completeness.DRAFT))
        .isInstanceOf(InvalidSurveyInput.class);
  }

  @Test
  void treatsNullBlankAndEmptyChoicesAsNoAnswer() {
    Map<String, Object> answers = complete();
    answers.put("Q5", "   ");
    answers.put("Q4", List.of());

    AnswerSheet sheet = AnswerSheet.check(version, answers, Completeness.SUBMISSION);

    assertThat(sheet.given()).containsOnlyKeys("Q1", "Q2", "Q3");
  }

  @Test
  void refusesAnOpenAnswerLongerThanTheLimit() {
    Map<String, Object> answers = complete();
    answers.put("Q5", "x".repeat(AnswerSheet.MAX_TEXT + 1));

    assertThatThrownBy(() -> AnswerSheet.check(version, answers, Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("answers.Q5"));
  }

  @Test
  void matchesItemCodesWhateverTheirCase() {
    Map<String, Object> answers = complete();
    answers.put("q1", answers.remove("Q1"));

    assertThat(AnswerSheet.check(version, answers, Completeness.SUBMISSION).scaleCount())
        .isEqualTo(2);
  }

  @Test
  void listsValueErrorsBeforeMissingAnswers() {
    assertThatThrownBy(() -> AnswerSheet.check(version, Map.of("Q1", 9), Completeness.SUBMISSION))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class,
            e ->
                assertThat(e.fieldErrors().keySet())
                    .containsExactly("answers.Q1", "answers.Q2", "answers.Q3"));
  }
}
