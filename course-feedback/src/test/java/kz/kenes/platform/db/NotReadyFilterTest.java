package kz.kenes.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotReadyFilterTest {

  @ParameterizedTest
  @CsvSource({
    "/health/ready, true",
    "/health/live, true",
    "/static/kenes.css, true",
    "/lti/login, false",
    "/app, false",
    "/api/surveys/1/report, false",
    "/healthy-looking/app, false"
  })
  void onlyHealthChecksAndStaticFilesPassBeforeTheSchemaIsReady(String path, boolean passes) {
    assertThat(NotReadyFilter.passes(path)).isEqualTo(passes);
  }

  @Test
  void theRefusalIsAProblemSayingWhatToDo() {
    JsonObject problem =
        Json.createReader(
                new StringReader(
                    UnavailableAnswer.problem("not-ready", NotReadyFilter.NOT_READY, "/app")))
            .readObject();
    assertThat(problem.getInt("status")).isEqualTo(503);
    assertThat(problem.getString("type")).isEqualTo("urn:kenes:problem:not-ready");
    assertThat(problem.getString("detail")).contains("try again");
    assertThat(problem.getString("instance")).isEqualTo("/app");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
        "application/json | false",
        "application/problem+json, text/html | false",
        "*/* | false",
        "'' | false"
      })
  void browsersGetAPageAndApiClientsAProblem(String accept, boolean page) {
    assertThat(UnavailableAnswer.wantsHtml(accept)).isEqualTo(page);
  }
}
