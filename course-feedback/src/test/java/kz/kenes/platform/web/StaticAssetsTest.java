package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticAssetsTest {

  private final StaticAssets assets = StaticAssets.shared();

  @Test
  void servesTheWhitelistedFilesWithTheirContentTypes() {
    assertThat(assets.find("kenes.css").orElseThrow().contentType()).startsWith("text/css");
    assertThat(assets.find("kenes.js").orElseThrow().contentType()).startsWith("text/javascript");
    assertThat(assets.find("kenes.svg").orElseThrow().contentType()).isEqualTo("image/svg+xml");
    assertThat(new String(assets.find("kenes.js").orElseThrow().content(), StandardCharsets.UTF_8))
        .contains("lti.frameResize");
  }

  @Test
  void servesTheScriptThatPostsTheDeepLinkingResponse() {
    StaticAssets.Asset script = assets.find("deep-linking.js").orElseThrow();

    assertThat(script.contentType()).startsWith("text/javascript");
    assertThat(new String(script.content(), StandardCharsets.UTF_8))
        .contains("kenes-deep-link-response")
        .contains("form.submit()");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "../META-INF/persistence.xml",
        "..%2FMETA-INF%2Fpersistence.xml",
        "../i18n/messages.properties",
        "/kenes.css",
        "./kenes.css",
        "kenes.css/../kenes.js",
        "static/kenes.css",
        "KENES.CSS",
        "kenes.css%00.html",
        "kenes.css ",
        "templates/layout.html",
        "..",
      })
  void refusesEverythingElse(String name) {
    assertThat(assets.find(name)).isEmpty();
  }

  @Test
  void versionedUrlChangesWithTheContent() {
    StaticAssets.Asset css = assets.find("kenes.css").orElseThrow();
    assertThat(assets.url("kenes.css")).isEqualTo("/static/kenes.css?v=" + css.version());
    assertThat(css.version()).hasSize(12).isEqualTo(StaticAssets.version(css.content()));
    assertThat(StaticAssets.version("a".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(StaticAssets.version("b".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void urlOfAnUnknownFileIsAProgrammingError() {
    assertThatThrownBy(() -> assets.url("other.css")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scriptAndStylesNeedNoInlineCode() {
    String js = new String(assets.find("kenes.js").orElseThrow().content(), StandardCharsets.UTF_8);
    assertThat(js).doesNotContain("eval(").doesNotContain("innerHTML");
  }
}
