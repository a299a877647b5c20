package it.kenes.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by every refusal: problem+json, the expected status and type, no internals. */
public final class ProblemAssertions {

  public static final String TYPE_PREFIX = "urn:kenes:problem:";

  private ProblemAssertions() {}

  /** A problem+json answer with this status and type ({@code lti-unknown-deployment}, …). */
  public static void assertProblem(HttpAnswer answer, int status, String type) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    assertThat(answer.mediaType())
        .as("content type of %s", answer)
        .isEqualTo(HttpAnswer.PROBLEM_JSON);
    assertThat(answer.problemType()).as("problem type of %s", answer).isEqualTo(TYPE_PREFIX + type);
    assertThat(answer.json().getInt("status", -1))
        .as("status member of %s", answer)
        .isEqualTo(status);
    assertThat(answer.problemDetail()).as("detail of %s", answer).isNotBlank();
    assertThat(answer.json().getString("reference", "")).as("reference of %s", answer).isNotBlank();
    assertNoInternals(answer);
  }

  /** No stack trace, exception class or server internals in an answer. */
  public static void assertNoInternals(HttpAnswer answer) {
    assertThat(answer.body())
        .as("body of %s", answer)
        .doesNotContain("at kz.")
        .doesNotContain("Exception")
        .doesNotContain("at java.")
        .doesNotContain("at org.")
        .doesNotContain("at com.ibm.");
  }
}
