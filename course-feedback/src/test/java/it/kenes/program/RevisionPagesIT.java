package it.kenes.program;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.Programs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's revision pages: the history with the chain check, a draft applied after a
 * confirmation (CSRF-checked), the sealed record with the diff of the versions it made.
 */
class RevisionPagesIT {

  private final AdminApi api = AdminApi.asAdmin();
  private PageClient admin;
  private long programId;
  private String pages;

  @BeforeEach
  void signInAndOpenADraft() {
    it.kenes.support.Kenes.awaitReady();
    admin = PageClient.adminSignedIn(Kenes.adminToken());
    programId = Programs.aProgram().withModules("AGR-101").create(api).programId();
    pages = "/app/admin/programs/" + programId + "/revisions";
  }

  private long draft(String title) {
    long id =
        api.send(
                "POST",
                "/api/admin/programs/" + programId + "/revisions",
                JsonText.of(Map.of("title", title)))
            .json()
            .getJsonNumber("id")
            .longValue();
    api.send(
        "POST",
        "/api/admin/revisions/" + id + "/changes",
        JsonText.of(
            Map.of(
                "kind", "competencies",
                "moduleCode", "AGR-101",
                "competencies", List.of("Reads <soil> maps"))));
    return id;
  }

  @Test
  void anEmptyHistorySaysSoAndTheChainIsIntact() {
    HttpAnswer page = admin.get(pages);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.body()).contains("No revision yet.").contains("is intact");
  }

  @Test
  void aDraftIsAppliedAfterAConfirmationAndShowsItsDiff() {
    long id = draft("Spring <revision>");
    assertThat(admin.get(pages).body()).contains("Spring &lt;revision&gt;").contains("Draft");

    HttpAnswer confirm = admin.get(pages + "/" + id + "/apply");
    assertThat(confirm.body()).contains("Apply and seal").contains("name=\"csrf\"");
    HttpAnswer forged =
        admin.postRaw(pages + "/" + id + "/apply", "kt", admin.token(), "csrf", "forged");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(api.send("GET", "/api/admin/revisions/" + id, null).json().getString("status"))
        .isEqualTo("draft");

    HttpAnswer applied = admin.post(pages + "/" + id + "/apply");
    assertThat(applied.status()).as("%s", applied).isIn(200, 303);
    HttpAnswer record = admin.get(pages + "/" + id + "?done=revision-applied");
    assertThat(record.body())
        .contains("Applied: the module versions are written")
        .contains("Sealed, no. 1")
        .contains("1 → 2")
        .doesNotContain("Apply this revision");

    HttpAnswer diff = admin.get(pages + "/diff?module=AGR-101&from=1&to=2");
    assertThat(diff.status()).as("%s", diff).isEqualTo(200);
    assertThat(diff.body()).contains("competency: Reads &lt;soil&gt; maps").contains("<ins");
    assertThat(admin.get(pages).body()).contains("The chain of 1 sealed records is intact");
  }

  @Test
  void anUnknownRevisionIsAReadableNotFoundPage() {
    HttpAnswer page = admin.get(pages + "/999999999");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.mediaType()).isEqualTo("text/html");
  }
}
