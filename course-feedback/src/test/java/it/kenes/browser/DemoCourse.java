package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The development platform's demo course as a browser test borrows it: the test adds a module of a
 * program of its own to what the course delivers ({@link #deliver}), so that it passes on any
 * database however often it ran before, and {@link #putBack} restores the course's modules after
 * it. Also the calls a test makes from the page in Kenes's frame, as the page's own script does.
 */
final class DemoCourse {

  private final AdminApi admin;
  private final long id;
  private List<Map<String, Object>> before;

  private DemoCourse(AdminApi admin, long id) {
    this.admin = admin;
    this.id = id;
  }

  /** The course of the Kenes page in the driver's frame (a launch from the demo course). */
  static DemoCourse ofPageInFrame(WebDriver driver, AdminApi admin) {
    long course =
        fetchInFrame(driver, "/api/me", pageReference(driver))
            .getJsonObject("context")
            .getJsonNumber("id")
            .longValue();
    return new DemoCourse(admin, course);
  }

  long id() {
    return id;
  }

  /** Adds the module {@code code} of program {@code programId} to what the course delivers. */
  void deliver(long programId, String code) {
    HttpAnswer now = admin.send("GET", "/api/courses/" + id + "/modules", null);
    assertThat(now.status()).as("%s", now).isEqualTo(200);
    List<Map<String, Object>> delivered = new ArrayList<>();
    for (JsonValue value : now.jsonArray()) {
      JsonObject module = value.asJsonObject();
      delivered.add(
          Map.of(
              "programId",
              module.getJsonNumber("programId").longValue(),
              "code",
              module.getString("code")));
    }
    if (before == null) {
      before = List.copyOf(delivered);
    }
    List<Map<String, Object>> with = new ArrayList<>(delivered);
    with.add(Map.of("programId", programId, "code", code));
    HttpAnswer put =
        admin.send("PUT", "/api/courses/" + id + "/modules", JsonText.of(Map.of("modules", with)));
    assertThat(put.status()).as("%s", put).isEqualTo(200);
  }

  /** Gives the course back the modules it delivered before the first {@link #deliver}. */
  void putBack() {
    if (before != null) {
      admin.send("PUT", "/api/courses/" + id + "/modules", JsonText.of(Map.of("modules", before)));
    }
  }

  /** The id of the module {@code code} the course delivers. */
  long moduleId(String code) {
    for (JsonValue value : admin.send("GET", "/api/courses/" + id + "/modules", null).jsonArray()) {
      if (code.equals(value.asJsonObject().getString("code"))) {
        return value.asJsonObject().getJsonNumber("moduleId").longValue();
      }
    }
    throw new AssertionError("course " + id + " does not deliver " + code);
  }

  /**
   * GETs a Kenes path from the page in the frame, as its own script does (the page reference {@code
   * kt} as the bearer, with the session's cookie: a page reference in a browser is bound to it),
   * and answers the JSON; fails with the status and body unless 200.
   */
  static JsonObject fetchInFrame(WebDriver driver, String path, String kt) {
    String text = fetchTextInFrame(driver, path, kt, "application/json");
    assertThat(text).as("GET %s from the frame", path).startsWith("200 ");
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(text.substring(4)))) {
      return reader.readObject();
    }
  }

  /**
   * The same for any answer: its status, a space and its body; without {@code kt} no Authorization
   * header is sent (as a link the page shows is followed).
   */
  static String fetchTextInFrame(WebDriver driver, String path, String kt, String accept) {
    Object answer =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "var headers = {'Accept': arguments[2]};"
                    + "if (arguments[1] !== null) { headers.Authorization = 'Bearer ' + arguments[1]; }"
                    + "fetch(arguments[0], {credentials: 'same-origin', headers: headers})"
                    + ".then(function (r) { return r.text().then(function (t) {"
                    + " done(r.status + ' ' + t); }); })"
                    + ".catch(function (e) { done('0 ' + e); });",
                path,
                kt,
                accept);
    return String.valueOf(answer);
  }

  /** The page reference of the page in the frame (its {@code kenes-session} meta). */
  static String pageReference(WebDriver driver) {
    WebElement meta =
        Pages.await(
            driver, d -> BrowserTest.first(d, By.cssSelector("meta[name='kenes-session']")));
    return meta.getAttribute("content");
  }
}
