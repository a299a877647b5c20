package kz.kenes.devplatform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DevPagesTest {

  private final String policy = DevPages.contentSecurityPolicy(URI.create("http://localhost:9381"));

  @Test
  void letsTheCoursePageFrameKenesAndPostToIt() {
    assertThat(policy)
        .contains("frame-src 'self' http://localhost:9381;")
        .contains("form-action 'self' http://localhost:9381;");
  }

  @Test
  void letsTheCoursePageOnEitherLoopbackNameFrameTheLaunchPages() {
    assertThat(policy)
        .endsWith("frame-ancestors 'self' http://localhost:9381 http://127.0.0.1:9381");
  }

  @Test
  void allowsNoInlineScriptsOrStyles() {
    assertThat(policy)
        .contains("script-src 'self';")
        .contains("style-src 'self';")
        .doesNotContain("unsafe-inline");
  }
}
