package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.Gone;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

  private static final List<String> FIELDS = List.of("code", "title", "lessons");

  private final FormErrors.Form form =
      FormErrors.form(FIELDS, "form.error.").onConflict("code", "form.error.duplicate");

  @Test
  void invalidInputMarksEachFieldWithItsKey() {
    DomainException refusal =
        new InvalidInput("invalid-input", "2 bad", Map.of("title", "required", "code", "long"));

    assertThat(form.of(refusal).fields())
        .containsOnly(Map.entry("title", "form.error.title"), Map.entry("code", "form.error.code"));
  }

  @Test
  void aListEntryOrANestedNameLandsOnTheFieldItStartsWith() {
    assertThat(form.field("lessons[0].steps[1]")).isEqualTo("lessons");
    assertThat(form.field("lessons.kk")).isEqualTo("lessons");
    assertThat(form.field("title")).isEqualTo("title");
  }

  @Test
  void aNameTheFormLacksFallsOnTheFirstField() {
    assertThat(form.field("body")).isEqualTo("code");
    assertThat(form.of(new InvalidInput("body", "A body is required.")).fields())
        .containsExactly(Map.entry("code", "form.error.code"));
  }

  @Test
  void invalidInputNamingNoFieldMarksTheFirst() {
    DomainException refusal = new InvalidInput("invalid-input", "bad", Map.of());

    assertThat(form.of(refusal).fields()).containsExactly(Map.entry("code", "form.error.code"));
  }

  @Test
  void severalErrorsOfOneFieldShowOnce() {
    Map<String, String> service = new LinkedHashMap<>();
    service.put("lessons[0]", "x");
    service.put("lessons[1].steps[0]", "y");
    service.put("title", "z");

    assertThat(form.of(service).fields())
        .containsExactly(
            Map.entry("lessons", "form.error.lessons"), Map.entry("title", "form.error.title"));
  }

  @Test
  void aConflictMarksWhatTheFormSaysItMeans() {
    FormErrors.Form registration =
        FormErrors.form(List.of("name", "issuer", "clientId"), "admin.form.error.")
            .onConflict("issuer", "admin.form.error.duplicate")
            .onConflict("clientId", "admin.form.error.duplicate");

    assertThat(registration.of(new Conflict("taken")).fields())
        .containsExactly(
            Map.entry("issuer", "admin.form.error.duplicate"),
            Map.entry("clientId", "admin.form.error.duplicate"));
  }

  @Test
  void aConflictOfAFormThatExpectsNoneIsRethrown() {
    Conflict closed = new Conflict("round-closed", "The round is closed.");

    assertThatThrownBy(() -> FormErrors.form(FIELDS, "x.").of(closed)).isSameAs(closed);
  }

  @Test
  void refusalsNotAboutTheInputAreRethrown() {
    for (DomainException refusal :
        List.of(new NotFound("no"), new NotAllowed("no"), new Gone("gone", "no"))) {
      assertThatThrownBy(() -> form.of(refusal)).isSameAs(refusal);
    }
  }

  @Test
  void oneKeyForEveryInvalidField() {
    FormErrors.Form deployment =
        FormErrors.form(List.of("deploymentId"), "admin.deployment.error.")
            .withKey("admin.deployment.error.invalid")
            .onConflict("deploymentId", "admin.deployment.error.duplicate");

    assertThat(deployment.of(new InvalidInput("deploymentId", "spaces")).fields())
        .containsExactly(Map.entry("deploymentId", "admin.deployment.error.invalid"));
    assertThat(deployment.of(new Conflict("taken")).fields())
        .containsExactly(Map.entry("deploymentId", "admin.deployment.error.duplicate"));
  }

  @Test
  void theFirstErrorOfAFieldStays() {
    FormErrors errors =
        FormErrors.none()
            .with("closesAt", "survey.staff.error.datetime")
            .with("closesAt", "survey.staff.error.round.closesAt")
            .with("label", "survey.staff.error.round.label");

    assertThat(errors.any()).isTrue();
    assertThat(errors.fields())
        .containsExactly(
            Map.entry("closesAt", "survey.staff.error.datetime"),
            Map.entry("label", "survey.staff.error.round.label"));
    assertThat(FormErrors.none().any()).isFalse();
  }

  @Test
  void aFormHasAtLeastOneField() {
    assertThatThrownBy(() -> FormErrors.form(List.of(), "x."))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
