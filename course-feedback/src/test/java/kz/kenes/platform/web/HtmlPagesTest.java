package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {

  @Test
  void pageIsUtf8HtmlThatNoCacheKeeps() {
    Response response = HtmlPages.ok("<p>Қош келдіңіз</p>");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().toString()).isEqualTo("text/html;charset=UTF-8");
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void refusedFormGoesOutAsBytesSoTheServerDoesNotEscapeIt() {
    Response response = HtmlPages.status(400, "<p>Қате</p>");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getEntity())
        .isInstanceOf(byte[].class)
        .isEqualTo("<p>Қате</p>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void seeOtherIsNotStoredSinceItsTargetMayCarryTheSessionToken() {
    Response response = HtmlPages.seeOther("/app/admin/programs?kt=t%2B1&done=saved");
    assertThat(response.getStatus()).isEqualTo(303);
    assertThat(response.getLocation()).hasToString("/app/admin/programs?kt=t%2B1&done=saved");
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
  }
}
