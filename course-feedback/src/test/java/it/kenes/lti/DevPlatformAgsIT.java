package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import org.junit.jupiter.api.Test;

/**
 * The development platform's LTI Advantage side as a client sees it: the token endpoint answers a
 * bad client assertion with an RFC 6749 error, the AGS endpoints want its token, and the gradebook
 * page is there. (A graded dev-platform launch that fills the gradebook is the deep-linking browser
 * test's.)
 */
class DevPlatformAgsIT {

  @Test
  void theTokenEndpointRefusesAnAssertionNotSignedByKenes() {
    HttpAnswer answer =
        Http.post(
            "/dev/platform/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials&client_assertion_type="
                + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
                + "&client_assertion=not.a.jwt&scope=x");
    assertThat(answer.status()).as("%s", answer).isEqualTo(400);
    assertThat(answer.json().getString("error")).isEqualTo("invalid_client");
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @Test
  void theTokenEndpointRefusesAnotherGrant() {
    HttpAnswer answer =
        Http.post(
            "/dev/platform/token", "application/x-www-form-urlencoded", "grant_type=password");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("error")).isEqualTo("unsupported_grant_type");
  }

  @Test
  void lineItemsWantAToken() {
    HttpAnswer answer =
        Http.get(
            "/dev/platform/ags/lineitems?context=c1",
            "Accept",
            "application/vnd.ims.lis.v2.lineitemcontainer+json",
            "Authorization",
            "Bearer nope");
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void theGradebookPageIsShown() {
    HttpAnswer page = Http.get("/dev/platform/gradebook", "Accept", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Gradebook</h1>");
  }
}
