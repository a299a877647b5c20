package kz.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolConfigurationTest {

  private final ToolConfiguration tool = new ToolConfiguration(URI.create("http://localhost:9080"));
  private final ToolConfiguration underPath =
      new ToolConfiguration(URI.create("https://uni.example.kz/kenes/"));

  @Test
  void derivesTheToolUrlsFromThePublicUrl() {
    assertThat(tool.loginUrl()).hasToString("http://localhost:9080/lti/login");
    assertThat(tool.launchUrl()).hasToString("http://localhost:9080/lti/launch");
    assertThat(tool.deepLinkingUrl()).isEqualTo(tool.launchUrl());
    assertThat(tool.jwksUrl()).hasToString("http://localhost:9080/lti/jwks");
  }

  @Test
  void dropsTheTrailingSlashOfThePublicUrl() {
    assertThat(underPath.publicUrl()).hasToString("https://uni.example.kz/kenes");
    assertThat(underPath.launchUrl()).hasToString("https://uni.example.kz/kenes/lti/launch");
    assertThat(new ToolConfiguration(URI.create("http://localhost:9080/")).loginUrl())
        .hasToString("http://localhost:9080/lti/login");
  }

  @Test
  void refusesAPublicUrlThatIsNotAnAbsoluteHttpUrl() {
    assertThatThrownBy(() -> new ToolConfiguration(URI.create("/kenes")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ToolConfiguration(URI.create("ftp://example.kz")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://localhost:9080/lti/launch, true",
    "http://localhost:9080, true",
    "http://localhost:9080/, true",
    "http://LOCALHOST:9080/lti/launch?x=1#top, true",
    "https://localhost:9080/lti/launch, false",
    "http://localhost:9081/lti/launch, false",
    "http://localhost/lti/launch, false",
    "http://localhost:9080@evil.com/lti/launch, false",
    "http://user@localhost:9080/lti/launch, false",
    "http://evil.com/http://localhost:9080/, false",
    "http://localhost:9080.evil.com/, false",
    "//localhost:9080/lti/launch, false",
    "/lti/launch, false",
    "lti/launch, false",
    "javascript:alert(1), false",
    "ftp://localhost:9080/lti/launch, false",
    "'', false",
    "not a uri, false"
  })
  void decidesWhetherAUriIsOnTheTool(String uri, boolean onTool) {
    assertThat(tool.isOnTool(uri)).isEqualTo(onTool);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://uni.example.kz/kenes/lti/launch, true",
    "https://uni.example.kz/kenes, true",
    "https://uni.example.kz:443/kenes/x, true",
    "https://uni.example.kz/kenes-evil/lti, false",
    "https://uni.example.kz/other, false",
    "https://uni.example.kz/kenes/../admin, false",
    "https://uni.example.kz/kenes/%2e%2e/admin, false",
    "http://uni.example.kz/kenes/lti/launch, false"
  })
  void decidesWhetherAUriIsUnderTheToolPath(String uri, boolean onTool) {
    assertThat(underPath.isOnTool(uri)).isEqualTo(onTool);
  }

  @Test
  void treatsNullAsNotOnTheTool() {
    assertThat(tool.isOnTool(null)).isFalse();
  }
}
