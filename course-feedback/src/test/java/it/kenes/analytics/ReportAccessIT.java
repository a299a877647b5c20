package it.kenes.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.Kenes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may read a report or an export: 401 without credentials, 404 for an unknown survey. */
class ReportAccessIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/surveys/%d/report",
        "/api/surveys/%d/export/responses.csv",
        "/api/surveys/%d/export/codebook.csv",
        "/api/surveys/%d/export/responses.sps"
      })
  void refusesACallerWithoutSessionAndAnswers404ForAnUnknownSurvey(String path) {
    String url = String.format(path, 987654321L);
    assertThat(Http.get(url).status()).isEqualTo(401);
    assertThat(Http.get(url, "Authorization", "Bearer " + Kenes.adminToken()).status())
        .isEqualTo(404);
  }
}
