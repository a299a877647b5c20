package kz.kenes.crowdsourcing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.identity.web.Pages;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * A page's form: saved, it redirects back with its confirmation; refused for its input, the page
 * shows again with the message and what was typed; refused for another reason, the error page.
 */
class RefusedFormsTest {

  private final RefusedForms forms = new RefusedForms();
  private final PageRequest request = Pages.request(Pages.adminTokenSession(), "en");
  private final MultivaluedMap<String, String> posted = new MultivaluedHashMap<>();
  private final List<Refusal> shown = new ArrayList<>();

  RefusedFormsTest() {
    forms.messages = new Messages();
    posted.putSingle("reason", "typed <text>");
  }

  @Test
  void aSavedFormRedirectsBackWithItsConfirmation() {
    Response response = submit(() -> "hidden");

    assertThat(response.getStatus()).isEqualTo(303);
    assertThat(response.getLocation().toString())
        .startsWith("/app/campaign-desk/7?")
        .contains("done=hidden");
    assertThat(shown).isEmpty();
  }

  @Test
  void aConflictShowsThePageAgainWithTheBundlesMessageAndTheInputKept() {
    Response response =
        submit(
            () -> {
              throw new Conflict("stage-closed", "moving on is not allowed");
            });

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(new String((byte[]) response.getEntity(), StandardCharsets.UTF_8))
        .isEqualTo("page for hide-3");
    assertThat(shown)
        .singleElement()
        .satisfies(
            refusal -> {
              assertThat(refusal.form()).isEqualTo("hide-3");
              assertThat(refusal.message())
                  .isEqualTo("The campaign's current stage does not allow this.");
              assertThat(refusal.input()).containsEntry("reason", "typed <text>");
            });
  }

  @Test
  void invalidInputNamesItsField() {
    Response response =
        submit(
            () -> {
              throw new InvalidInput("reason", "'reason' is required.");
            });

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(shown).singleElement().extracting(Refusal::field).isEqualTo("reason");
  }

  @Test
  void aRefusalOfThePersonGoesOnToTheErrorPage() {
    assertThatThrownBy(
            () ->
                submit(
                    () -> {
                      throw new NotAllowed("Only organisers hide proposals.");
                    }))
        .isInstanceOf(NotAllowed.class);
    assertThat(shown).isEmpty();
  }

  private Response submit(java.util.function.Supplier<String> action) {
    return forms.submit(
        request,
        "/app/campaign-desk/7",
        "hide-3",
        posted,
        refusal -> {
          shown.add(refusal);
          return "page for " + refusal.form();
        },
        action);
  }
}
