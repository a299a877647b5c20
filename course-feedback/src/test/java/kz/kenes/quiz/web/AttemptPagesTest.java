package kz.kenes.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A submitted attempt reads the same to its learner and to the course's staff (quiz/answers.html):
 * each question's mark, the answer given in the reader's wording, the options and the items'
 * choices, the feedback and the right answer, all escaped.
 */
class AttemptPagesTest {

  private static final Views VIEWS = TestViews.create();
  private static final Locale EN = Locale.ENGLISH;

  @ParameterizedTest
  @ValueSource(strings = {"quiz/attempt", "quiz/staff-attempt"})
  void theLearnerAndTheStaffReadTheSameAnswers(String template) {
    boolean staff = template.endsWith("staff-attempt");
    PageModel page =
        PageModel.of(EN, "quiz.title")
            .with("pageTitle", "Week 1")
            .with("quizTitle", "Week 1 <check>")
            .with("quizUrl", "/app/quizzes/1")
            .with("questions", questions());
    if (staff) {
      page.with("learner", "Aigerim")
          .with("learnerRef", 12)
          .with("number", 1)
          .with("submitted", true)
          .with("passed", false)
          .with("score", "1 / 3")
          .with("percent", "33 %")
          .with("result", "failed")
          .with("autoSubmitted", false)
          .with("when", "2026-03-01 10:00 UTC")
          .with("spent", "4:12");
    } else {
      page.with(
          "attempt",
          new QuizPages.AttemptLine(
              7, 1, true, "1 / 3", "33 %", false, true, "2026-03-01", "4:12", "/a/7"));
    }

    String html = VIEWS.render(template, EN, page.asMap());

    assertThat(html)
        .doesNotContain("??")
        .contains("data-kenes-result=\"right\"", "data-kenes-result=\"wrong\"")
        .contains(staff ? "Answer given: 4&lt;2" : "Your answer: 4&lt;2")
        .contains("<li>Loam &amp; clay</li>")
        .doesNotContain("Sand only", "dry")
        .containsPattern("<span>Clay</span>:\\s+wet\\s")
        .contains("Think of <b>".replace("<", "&lt;").replace(">", "&gt;"));
    // a text question left blank names no answer
    assertThat(html).doesNotContain(staff ? "Answer given: <" : "Your answer: <");
  }

  private static List<QuestionField> questions() {
    return List.of(
        field(1, "text", List.of(), List.of(), "4<2", "wrong", List.of("Think of <b>")),
        field(
            2,
            "radio",
            List.of(
                new QuestionField.Option("o1", "a", "Loam & clay", true),
                new QuestionField.Option("o2", "b", "Sand only", false)),
            List.of(),
            null,
            "right",
            List.of()),
        field(
            3,
            "matching",
            List.of(),
            List.of(
                new QuestionField.Row(
                    "r1",
                    "q3-1",
                    "Clay",
                    List.of(
                        new QuestionField.Option("m1", "1", "wet", true),
                        new QuestionField.Option("m2", "2", "dry", false)))),
            null,
            "right",
            List.of()),
        field(4, "text", List.of(), List.of(), "", "wrong", List.of()));
  }

  private static QuestionField field(
      int number,
      String kind,
      List<QuestionField.Option> choices,
      List<QuestionField.Row> rows,
      String value,
      String result,
      List<String> feedback) {
    return new QuestionField(
        number,
        "q" + number,
        kind,
        "Question " + number,
        "1",
        true,
        "answer.q" + number,
        choices,
        rows,
        value,
        result,
        result.equals("right") ? "1 / 1" : "0 / 1",
        feedback,
        null);
  }
}
