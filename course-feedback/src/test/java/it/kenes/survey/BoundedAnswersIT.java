package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that cost the server nothing to refuse (issue 9 §3): a scale answer only in a short
 * numeric form, an open answer without NUL characters (which PostgreSQL cannot store), each refused
 * with a 400 naming the item, on H2 and PostgreSQL alike; a well-formed answer still counts after.
 */
class BoundedAnswersIT {

  private final SurveyFixture world = new SurveyFixture().withSurvey();
  private long round;
  private AdminApi learner;
  private String path;

  @BeforeEach
  void openARound() {
    round = world.openRound("baseline");
    learner = world.learner();
    path = "/api/rounds/" + round + "/response";
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aScaleAnswerOfThreePointAndAHundredThousandZerosIsRefusedAtOnce() {
    Map<String, Object> answers = SurveyFixture.completeAnswers(3, 0, 2);
    answers.put("Q1", "3." + "0".repeat(100_000));

    long started = System.nanoTime();
    HttpAnswer refused = learner.send("POST", path, JsonText.of(Map.of("answers", answers)));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertProblem(refused, 400, "invalid-input");
    assertThat(refused.json().getJsonObject("errors").getString("answers.Q1"))
        .startsWith("Q1: '3.000")
        .contains("(100002 characters) is not an answer on the scale");
    assertThat(refused.body()).hasSizeLessThan(2_000);
    assertThat(took).as("time to refuse").isLessThan(Duration.ofSeconds(2));
    assertThat(world.counts(round, "learner")).containsExactly(0, 0);
  }

  @Test
  void aScaleAnswerGivenAsShortTextStillCounts() {
    Map<String, Object> answers = SurveyFixture.completeAnswers(3, 0, 2);
    answers.put("Q1", "3");

    HttpAnswer accepted = learner.send("POST", path, JsonText.of(Map.of("answers", answers)));

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
  }

  @Test
  void anOpenAnswerWithANulCharacterIsRefusedNamingTheItem() {
    Map<String, Object> answers = SurveyFixture.completeAnswers(3, 0, 2);
    answers.put("Q5", "More\u0000field practice");

    HttpAnswer submitted = learner.send("POST", path, JsonText.of(Map.of("answers", answers)));
    HttpAnswer draft =
        learner.send(
            "PUT",
            "/api/rounds/" + round + "/draft",
            JsonText.of(Map.of("answers", Map.of("Q5", "x\u0000"))));

    assertProblem(submitted, 400, "invalid-input");
    assertThat(submitted.json().getJsonObject("errors").getString("answers.Q5"))
        .isEqualTo(
            "Q5: the answer contains a NUL character (U+0000), which cannot be stored; remove"
                + " it.");
    assertProblem(draft, 400, "invalid-input");
    assertThat(world.counts(round, "learner")).containsExactly(0, 0);

    answers.put("Q5", "More field practice");
    HttpAnswer fixed = learner.send("POST", path, JsonText.of(Map.of("answers", answers)));
    assertThat(fixed.status()).as("%s", fixed).isEqualTo(201);
  }
}
