package it.kenes.survey.staff;

import static it.kenes.survey.staff.StaffWorld.page;
import static it.kenes.survey.staff.StaffWorld.post;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The administrator's instrument pages over HTTP. */
class InstrumentStaffPagesIT {

  private final StaffWorld world = new StaffWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void anAdministratorListsAndReadsInstruments() {
    String kt = world.admin();

    HttpAnswer list = page("/app/admin/instruments", kt);
    HttpAnswer one = page("/app/admin/instruments/" + world.instrumentId, kt);

    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.body()).contains(StaffWorld.EMPLOYERS, "program-satisfaction-graduates");
    assertThat(one.status()).as("%s", one).isEqualTo(200);
    assertThat(one.body()).contains("<code>E01</code>", "Scale 0–3", "<th scope=\"col\"");
  }

  @Test
  void theListShowsFiftyAPageWithTheTotalAndTheLibraryKnowsWhatIsInstalledOnAnyPage() {
    String kt = world.admin();
    long total =
        world
            .admin
            .send("GET", "/api/admin/instruments?limit=1", null)
            .json()
            .getJsonNumber("total")
            .longValue();
    for (long i = total; i < 51; i++) {
      HttpAnswer made =
          world.admin.send("POST", "/api/admin/instruments", JsonText.of(instrument()));
      assertThat(made.status()).as("%s", made).isEqualTo(201);
    }
    total = Math.max(total, 51);

    HttpAnswer first = page("/app/admin/instruments", kt);
    HttpAnswer second = page("/app/admin/instruments?offset=50", kt);

    assertThat(first.body())
        .contains("Instruments: " + total)
        .contains("1–50 of " + total)
        .containsPattern("href=\"/app/admin/instruments\\?kt=[^\"&]+&amp;offset=50\">Next</a>")
        .containsPattern(
            "<code>" + StaffWorld.EMPLOYERS + "</code>\\s*<span class=\"badge\">installed</span>");
    assertThat(first.body().split("<th scope=\"row\">", -1)).hasSize(50 + 1);
    assertThat(second.body()).contains("51–").contains(">Previous</a>");
  }

  @Test
  void anAdministratorWritesANewInstrumentFromTheBlankDefinition() {
    String kt = world.admin();
    HttpAnswer list = page("/app/admin/instruments", kt);
    HttpAnswer blank = page("/app/admin/instruments/new", kt);
    String code = "it-new-" + Unique.suffix();

    HttpAnswer empty =
        post("/app/admin/instruments/new", kt, blank, Map.of("definition", blankDefinition(blank)));
    HttpAnswer notJson =
        post("/app/admin/instruments/new", kt, blank, Map.of("definition", "{\"code\": "));
    HttpAnswer created =
        post(
            "/app/admin/instruments/new",
            kt,
            blank,
            Map.of("definition", JsonText.of(instrument(code))));
    HttpAnswer again =
        post(
            "/app/admin/instruments/new",
            kt,
            blank,
            Map.of("definition", JsonText.of(instrument(code))));

    assertThat(list.body()).contains("href=\"/app/admin/instruments/new?kt=");
    assertThat(blank.status()).as("%s", blank).isEqualTo(200);
    assertThat(blank.body()).contains("<h1>New instrument</h1>", "Create the instrument");
    assertThat(empty.status()).as("the blank definition is not a sample: %s", empty).isEqualTo(400);
    assertThat(empty.body()).contains("Correct these fields of the JSON", "<code>code</code>");
    assertThat(notJson.status()).as("%s", notJson).isEqualTo(400);
    assertThat(notJson.body()).contains("not a JSON definition", "{&quot;code&quot;: ");
    assertThat(created.status()).as("%s", created).isEqualTo(303);
    java.net.URI location = created.location().orElseThrow();
    HttpAnswer shown = page(location.getRawPath() + "?" + location.getRawQuery(), kt);
    assertThat(shown.body()).contains("The instrument is created as version 1", code);
    assertThat(again.status()).as("%s", again).isEqualTo(409);
    assertThat(again.body()).contains("An instrument with this code exists already");
  }

  @Test
  void instructorsCannotWriteInstruments() {
    String kt = world.launch(LtiRoles.INSTRUCTOR, "course-" + Unique.suffix());

    assertThat(page("/app/admin/instruments/new", kt).status()).isEqualTo(403);
  }

  /** The textarea's text as the page rendered it, HTML entities undone. */
  private static String blankDefinition(HttpAnswer page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<textarea[^>]*>([^<]*)</textarea>").matcher(page.body());
    assertThat(m.find()).as("a textarea in %s", page).isTrue();
    return m.group(1).replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static Map<String, Object> instrument() {
    return instrument("it-page-" + Unique.suffix());
  }

  private static Map<String, Object> instrument(String code) {
    Map<String, String> text = Map.of("kk", "Сапа", "ru", "Качество", "en", "Quality");
    return Map.of(
        "code",
        code,
        "title",
        text,
        "items",
        List.of(Map.of("code", "Q1", "kind", "scale", "text", text)));
  }

  @Test
  void instructorsAreRefused() {
    String kt = world.launch(LtiRoles.INSTRUCTOR, "course-" + Unique.suffix());

    assertThat(page("/app/admin/instruments", kt).status()).isEqualTo(403);
  }

  @Test
  void theEditFormIsPrefilledAndRefusesTextThatIsNotADefinition() {
    String kt = world.admin();
    HttpAnswer form = page("/app/admin/instruments/" + world.instrumentId + "/edit", kt);
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.body()).contains("&quot;code&quot;", StaffWorld.EMPLOYERS);

    HttpAnswer notJson =
        post(
            "/app/admin/instruments/" + world.instrumentId,
            kt,
            form,
            Map.of("definition", "{not json"));
    HttpAnswer broken =
        post(
            "/app/admin/instruments/" + world.instrumentId,
            kt,
            form,
            Map.of("definition", "{\"code\":\"" + StaffWorld.EMPLOYERS + "\",\"items\":[]}"));

    assertThat(notJson.status()).as("%s", notJson).isEqualTo(400);
    assertThat(notJson.body()).contains("{not json", "aria-invalid=\"true\"");
    assertThat(broken.status()).as("%s", broken).isEqualTo(400);
    assertThat(broken.body()).contains("<code>items</code>", "<code>title</code>");
  }
}
