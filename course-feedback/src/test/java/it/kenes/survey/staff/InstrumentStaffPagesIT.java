package it.kenes.survey.staff;

import static it.kenes.survey.staff.StaffWorld.page;
import static it.kenes.survey.staff.StaffWorld.post;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
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
