package kz.kenes.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.survey.domain.ItemKind;
import org.junit.jupiter.api.Test;

class AnswerFieldsTest {

  private static final Map<String, ItemKind> KINDS =
      Map.of(
          "E01", ItemKind.SCALE,
          "E14", ItemKind.SINGLE,
          "E15", ItemKind.MULTIPLE,
          "E16", ItemKind.OPEN);

  private static Map<String, List<String>> form(Object... namesAndValues) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object values = namesAndValues[i + 1];
      form.put(
          (String) namesAndValues[i],
          values instanceof List<?> list
              ? list.stream().map(String::valueOf).toList()
              : List.of((String) values));
    }
    return form;
  }

  @Test
  void readsAScaleAnswerAsItsText() {
    assertThat(AnswerFields.read(form("a.E01", "3"), KINDS)).containsExactly(Map.entry("E01", "3"));
  }

  @Test
  void readsEveryCheckedOptionOfAMultipleChoiceItemAsAList() {
    assertThat(AnswerFields.read(form("a.E15", List.of("x", "y")), KINDS))
        .containsExactly(Map.entry("E15", List.of("x", "y")));
  }

  @Test
  void readsOneCheckedOptionOfAMultipleChoiceItemAsAListOfOne() {
    assertThat(AnswerFields.read(form("a.E15", "x"), KINDS))
        .containsExactly(Map.entry("E15", List.of("x")));
  }

  @Test
  void dropsBlankValuesOfAMultipleChoiceItem() {
    assertThat(AnswerFields.read(form("a.E15", List.of("", "y", " ")), KINDS))
        .containsExactly(Map.entry("E15", List.of("y")));
  }

  @Test
  void readsSingleChoiceAndOpenAnswersAsTheirText() {
    Map<String, Object> answers =
        AnswerFields.read(form("a.E14", "lt1", "a.E16", "  More field work\nplease "), KINDS);

    assertThat(answers)
        .containsExactly(Map.entry("E14", "lt1"), Map.entry("E16", "  More field work\nplease "));
  }

  @Test
  void keepsAnEmptyAnswerEmptyForTheSheetToTreatAsUnanswered() {
    assertThat(AnswerFields.read(form("a.E16", ""), KINDS)).containsExactly(Map.entry("E16", ""));
  }

  @Test
  void passesSeveralValuesOfAOneValueItemOnAsAListForTheSheetToRefuse() {
    assertThat(AnswerFields.read(form("a.E01", List.of("1", "2")), KINDS))
        .containsExactly(Map.entry("E01", List.of("1", "2")));
  }

  @Test
  void passesUnknownItemsAndWrongValuesOnUnjudged() {
    assertThat(AnswerFields.read(form("a.Z99", "1", "a.E01", "x"), KINDS))
        .containsExactly(Map.entry("Z99", "1"), Map.entry("E01", "x"));
  }

  @Test
  void ignoresFieldsThatAreNotAnswers() {
    Map<String, List<String>> form =
        form("kt", "token", "csrf", "c", "submissionId", "u", "pairCode", "ALM", "a.", "1");

    assertThat(AnswerFields.read(form, KINDS)).isEmpty();
  }

  @Test
  void readsNothingFromNoForm() {
    assertThat(AnswerFields.read(null, KINDS)).isEmpty();
  }
}
