package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The development platform offers its storage (LTI Client Side postMessages): a hidden storage
 * frame on the course page, and {@code lti_storage_target} in the login initiation while the switch
 * is on and Kenes is launched into the course page's frame. What the frame answers is driven by
 * PlatformStorageBrowserIT.
 */
class DevPlatformStorageIT {

  private static final String STORAGE_FIELD =
      "name=\"lti_storage_target\" value=\"kenes-dev-storage\"";

  @Test
  void theCoursePageHasTheStorageFrameAndTheSwitchOn() {
    HttpAnswer page = Http.get("/dev/platform");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("name=\"kenes-dev-storage\"", "/dev/platform/storage\"")
        .containsPattern("id=\"storage\" name=\"storage\" value=\"on\"\\s+checked");
  }

  @Test
  void theStorageFrameIsAPageWithItsScript() {
    HttpAnswer frame = Http.get("/dev/platform/storage");

    assertThat(frame.status()).isEqualTo(200);
    assertThat(frame.body()).contains("src=\"/static/dev-platform-storage.js\"");
    assertThat(Http.get("/static/dev-platform-storage.js").body()).contains("lti.get_data");
  }

  @Test
  void theLoginInitiationNamesTheStorageFrameOnlyWhenTheSwitchIsOnForTheFrame() {
    String page = Http.get("/dev/platform").body();
    String choice =
        "role=learner&locale=en&user="
            + encode(firstOption(page, "user"))
            + "&course="
            + encode(firstOption(page, "course"));

    assertThat(launch(choice + "&target=iframe&storage=on").body()).contains(STORAGE_FIELD);
    assertThat(launch(choice + "&target=iframe").body()).doesNotContain("lti_storage_target");
    assertThat(launch(choice + "&target=window&storage=on").body())
        .doesNotContain("lti_storage_target");
  }

  private static HttpAnswer launch(String form) {
    HttpAnswer answer =
        Http.post("/dev/platform/launch", "application/x-www-form-urlencoded", form);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer;
  }

  private static String firstOption(String page, String select) {
    Matcher m =
        Pattern.compile("id=\"" + select + "\"[^>]*>\\s*<option value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("an option in select " + select).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
