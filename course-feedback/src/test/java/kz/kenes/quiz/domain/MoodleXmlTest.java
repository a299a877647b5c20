package kz.kenes.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * Moodle XML import (docs/quizzes.md, "Import"): a bank as Moodle exports it, one question of each
 * type Kenes grades, read into questions that grade as Moodle would; faults name the question and
 * its line.
 */
class MoodleXmlTest {

  private static String sample() throws IOException {
    try (InputStream in = MoodleXmlTest.class.getResourceAsStream("/quiz/moodle-soil-bank.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Question> bank() throws IOException {
    return MoodleXml.parse(sample(), "en");
  }

  private static Question named(String code) throws IOException {
    return bank().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
  }

  private static Mark grade(Question q, String... answer) {
    return Grading.grade(q, List.of(answer));
  }

  @Test
  void readsEveryQuestionOfTheBankAndSkipsTheCategory() throws IOException {
    assertThat(bank())
        .extracting(Question::code, Question::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Soil-texture", QuestionType.SINGLE_CHOICE),
            org.assertj.core.groups.Tuple.tuple("Macronutrients", QuestionType.MULTIPLE_CHOICE),
            org.assertj.core.groups.Tuple.tuple("Humus", QuestionType.TRUE_FALSE),
            org.assertj.core.groups.Tuple.tuple("Soil-pH", QuestionType.NUMERIC),
            org.assertj.core.groups.Tuple.tuple("Black-soil", QuestionType.SHORT_TEXT),
            org.assertj.core.groups.Tuple.tuple("Horizons", QuestionType.MATCHING));
    assertThat(bank()).allSatisfy(q -> assertThat(q.problems("q")).isEmpty());
  }

  @Test
  void singleChoiceKeepsTextsPointsAndFeedbackWithoutHtml() throws IOException {
    Question q = named("Soil-texture");
    assertThat(q.text()).isEqualTo(Map.of("en", "Which soil holds water best?"));
    assertThat(q.points()).isEqualTo(2);
    assertThat(q.choices())
        .extracting(c -> c.text().get("en"))
        .containsExactly("Clay", "Sand", "Gravel & stones");
    assertThat(q.choices().get(1).feedback()).isEqualTo(Map.of("en", "Sand drains fast."));
    assertThat(q.feedbackWrong()).isEqualTo(Map.of("en", "Review the lecture on soil texture."));
    assertThat(grade(q, "c1").correct()).isTrue();
    assertThat(grade(q, "c2").correct()).isFalse();
  }

  @Test
  void multipleChoiceGivesProportionalCredit() throws IOException {
    Question q = named("Macronutrients");
    assertThat(q.correct()).containsExactly("c1", "c2");
    assertThat(q.partialCredit()).isEqualTo(PartialCredit.PROPORTIONAL);
    assertThat(grade(q, "c1", "c2").correct()).isTrue();
    assertThat(grade(q, "c1").points()).isEqualTo(0.5);
    assertThat(grade(q, "c1", "c3").points()).isZero();
  }

  @Test
  void trueFalseNumericWithToleranceAndShortAnswer() throws IOException {
    assertThat(grade(named("Humus"), "true").correct()).isTrue();
    assertThat(grade(named("Humus"), "false").correct()).isFalse();

    Question ph = named("Soil-pH");
    assertThat(ph.number()).isEqualTo(7);
    assertThat(ph.tolerance()).isEqualTo(0.2);
    assertThat(grade(ph, "7,15").correct()).isTrue();
    assertThat(grade(ph, "7.3").correct()).isFalse();

    Question soil = named("Black-soil");
    assertThat(soil.accepted())
        .as("only answers of fraction 100")
        .containsExactly("chernozem", "чернозём");
    assertThat(soil.caseSensitive()).isFalse();
    assertThat(grade(soil, "Chernozem").correct()).isTrue();
    assertThat(grade(soil, "black earth").correct()).isFalse();
  }

  @Test
  void matchingKeepsTheDistractorAsATarget() throws IOException {
    Question q = named("Horizons");
    assertThat(q.points()).isEqualTo(3);
    assertThat(q.choices())
        .extracting(c -> c.text().get("en"))
        .containsExactly("A horizon", "B horizon", "C horizon");
    assertThat(q.targets())
        .extracting(c -> c.text().get("en"))
        .containsExactly("Humus", "Clay washed down", "Weathered rock", "Groundwater");
    assertThat(grade(q, "c1=t1", "c2=t2", "c3=t3").correct()).isTrue();
    assertThat(grade(q, "c1=t1", "c2=t4", "c3=t3").points()).isEqualTo(2.0);
  }

  @Test
  void textsAreInTheLanguageGiven() throws IOException {
    assertThat(MoodleXml.parse(sample(), "kk").get(2).text()).containsOnlyKeys("kk");
  }

  @Test
  void refusesUngradedTypesNamingTheQuestionAndItsLine() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="truefalse">
            <name><text>ok</text></name>
            <questiontext><text>Fine</text></questiontext>
            <answer fraction="100"><text>true</text></answer>
          </question>
          <question type="essay">
            <name><text>Essay</text></name>
            <questiontext><text>Write</text></questiontext>
          </question>
        </quiz>
        """;
    assertThatThrownBy(() -> MoodleXml.parse(xml, "en"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Question 2 (line 8): questions of type essay are not graded by Kenes.")
        .satisfies(
            e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("moodle.question2"));
  }

  @Test
  void refusesAQuestionWithoutARightAnswer() {
    String xml =
        "<quiz><question type=\"multichoice\"><questiontext><text>Pick</text></questiontext>"
            + "<answer fraction=\"0\"><text>a</text></answer></question></quiz>";
    assertThatThrownBy(() -> MoodleXml.parse(xml, "en"))
        .hasMessageContaining("Question 1 (line 1): no answer has a positive fraction");
  }

  @Test
  void refusesXmlThatIsNotWellFormedWithItsLine() {
    assertThatThrownBy(
            () -> MoodleXml.parse("<quiz>\n<question type=\"truefalse\">\n</quiz>", "en"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Line 3: this is not well-formed XML.");
  }

  @Test
  void refusesADtdSoThatNoEntityIsExpanded() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<quiz><question type=\"truefalse\"><questiontext><text>&x;</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer></question></quiz>";
    assertThatThrownBy(() -> MoodleXml.parse(xml, "en")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void refusesAnythingButAQuiz() {
    assertThatThrownBy(() -> MoodleXml.parse("<bank/>", "en")).hasMessageContaining("<quiz>");
    assertThatThrownBy(() -> MoodleXml.parse("<quiz/>", "en")).hasMessageContaining("No question");
    assertThatThrownBy(() -> MoodleXml.parse(" ", "en")).hasMessageContaining("Moodle XML");
  }

  @Test
  void exportedQuestionsReadBackTheSame() throws IOException {
    List<Question> bank = bank();
    List<Question> again = MoodleXml.parse(MoodleXml.write(bank, "en"), "en");

    assertThat(again)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("feedbackRight")
        .containsExactlyElementsOf(bank);
    assertThat(MoodleXml.write(bank, "en"))
        .contains("<question type=\"numerical\">", "<tolerance>0.2</tolerance>")
        .contains("Gravel &amp; stones", "<single>false</single>");
  }

  @Test
  void givesRepeatedNamesDistinctCodes() {
    String one =
        "<question type=\"truefalse\"><name><text>Same</text></name><questiontext><text>T</text>"
            + "</questiontext><answer fraction=\"100\"><text>true</text></answer></question>";
    assertThat(MoodleXml.parse("<quiz>" + one + one + "</quiz>", "en"))
        .extracting(Question::code)
        .containsExactly("Same", "Same-2");
  }
}
