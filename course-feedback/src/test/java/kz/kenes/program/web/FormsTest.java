package kz.kenes.program.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.program.application.CoursePlanning.ModuleRef;
import kz.kenes.program.application.ModuleCommand;
import kz.kenes.program.application.PlanCommand;
import kz.kenes.program.application.PlanCommand.WeekCommand;
import kz.kenes.program.application.ProgramCommand;
import org.junit.jupiter.api.Test;

/** The program, module and plan forms as posted, turned into the application's commands. */
class FormsTest {

  private static MultivaluedMap<String, String> form(String... pairs) {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  void moduleFormReadsListsOnePerLineAndHoursLeftEmpty() {
    ModuleForm typed =
        ModuleForm.from(
            form(
                "code", "AGR-101",
                "title", "Soil Science",
                "credits", " 5 ",
                "hours", "",
                "competencies", "Assesses soil\n\n  Plans rotation ",
                "learningOutcomes", "Reads a soil map",
                "lessons", "Soils\n - Video"));

    ModuleCommand command = typed.toCommand();

    assertThat(command.credits()).isEqualTo(5);
    assertThat(command.hours()).isNull();
    assertThat(command.competencies()).containsExactly("Assesses soil", "Plans rotation");
    assertThat(command.lessons()).hasSize(1);
    assertThat(command.validate().hours()).isEqualTo(150);
  }

  @Test
  void moduleFormRefusesCreditsThatAreNotANumberNamingTheField() {
    ModuleForm typed = ModuleForm.from(form("title", "Soils", "credits", "five"));

    assertThatThrownBy(typed::toCommand)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("credits"));
  }

  @Test
  void moduleFormKeepsWhatWasTyped() {
    ModuleForm typed = ModuleForm.from(form("title", "<b>Soils</b>", "credits", "x"));

    assertThat(typed.values())
        .containsEntry("title", "<b>Soils</b>")
        .containsEntry("credits", "x")
        .containsEntry("lessons", "");
  }

  @Test
  void programFormReadsTheTickedLanguagesAndAnUnreadableUniversityAsMissing() {
    ProgramForm typed =
        ProgramForm.from(
            form(
                "universityId", "abc",
                "code", "AGR",
                "name", "Agronomy",
                "field", "Agriculture",
                "level", "master",
                "languages", "kk",
                "languages", "en"));

    ProgramCommand command = typed.toCommand();

    assertThat(command.universityId()).isNull();
    assertThat(command.languages()).containsExactly("kk", "en");
    assertThat(typed.withUniversity(12).toCommand().universityId()).isEqualTo(12L);
  }

  @Test
  void planFormNumbersTheWeeksByLine() {
    PlanForm typed =
        PlanForm.from(
            form("title", "Crops", "weeks", "Soils\n\nSeeds\n", "formats", "video\nquizzes"));

    PlanCommand command = typed.toCommand();

    assertThat(command.weeks())
        .containsExactly(new WeekCommand(1, "Soils"), new WeekCommand(2, "Seeds"));
    assertThat(command.formats()).containsExactly("video", "quizzes");
    assertThat(typed.values()).containsEntry("discipline", "").hasSize(PlanForm.FIELDS.size());
  }

  @Test
  void moduleCheckboxesNameProgramAndCode() {
    assertThat(CoursePagesResource.refs(List.of("12:AGR-101", "bad", "x:AGR")))
        .containsExactly(
            new ModuleRef(12L, "AGR-101"), new ModuleRef(null, "bad"), new ModuleRef(null, "AGR"));
  }

  @Test
  void fieldErrorsMarkTheFormFieldOfAListEntry() {
    DomainException refusal =
        new InvalidInput("invalid-input", "bad", Map.of("lessons[0].steps[1]", "required"));

    FormErrors errors = ModuleForm.ERRORS.of(refusal);

    assertThat(errors.fields()).containsExactly(Map.entry("lessons", "form.error.lessons"));
  }

  @Test
  void fieldErrorsShowAConflictOnTheCodeAndRethrowOtherRefusals() {
    FormErrors errors = ProgramForm.ERRORS.of(new Conflict("taken"));

    assertThat(errors.fields()).containsExactly(Map.entry("code", PageForms.DUPLICATE));
    DomainException missing = new NotFound("no program");
    assertThatThrownBy(() -> ProgramForm.ERRORS.of(missing)).isSameAs(missing);
  }

  @Test
  void anUnknownFieldFallsOnTheFirstField() {
    assertThat(ProgramForm.ERRORS.field("modules[0].code")).isEqualTo("universityId");
  }
}
