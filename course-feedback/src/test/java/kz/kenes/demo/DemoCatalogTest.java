package kz.kenes.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.kenes.devplatform.application.PlatformRole;
import org.junit.jupiter.api.Test;

/** The plan of the demo seed: what it creates. */
class DemoCatalogTest {

  private final DemoCatalog catalog = DemoCatalog.standard();

  @Test
  void hasOneUniversityWithTwoProgramsInTheirFields() {
    assertThat(catalog.university().name()).isEqualTo("Dala State University");
    assertThat(catalog.programs())
        .extracting(DemoCatalog.Program::name, DemoCatalog.Program::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Agronomy", "Agriculture and veterinary"),
            org.assertj.core.groups.Tuple.tuple("Software Engineering", "Engineering and IT"));
  }

  @Test
  void givesEachProgramThreeToFiveModulesWithUniqueCodesAndCredits() {
    for (DemoCatalog.Program program : catalog.programs()) {
      assertThat(program.modules()).hasSizeBetween(3, 5);
      assertThat(program.modules()).allSatisfy(m -> assertThat(m.credits()).isPositive());
    }
    List<String> codes =
        catalog.programs().stream()
            .flatMap(p -> p.modules().stream())
            .map(DemoCatalog.Module::code)
            .toList();
    assertThat(codes).doesNotHaveDuplicates();
  }

  @Test
  void deliversModulesOfItsProgramInTheCourse() {
    DemoCatalog.Course course = catalog.course();
    List<String> programModules =
        catalog.program(course.programCode()).modules().stream()
            .map(DemoCatalog.Module::code)
            .toList();

    assertThat(course.modules()).isNotEmpty().isSubsetOf(programModules);
    assertThat(course.contextId()).isEqualTo("demo-course-agronomy");
  }

  @Test
  void hasAPersonForEachKenesRoleAndATeachingAssistant() {
    assertThat(catalog.people())
        .extracting(DemoCatalog.Person::role)
        .contains(
            PlatformRole.LEARNER,
            PlatformRole.INSTRUCTOR,
            PlatformRole.ADMIN,
            PlatformRole.TEACHING_ASSISTANT);
    assertThat(catalog.people()).extracting(DemoCatalog.Person::subject).doesNotHaveDuplicates();
    assertThat(catalog.people())
        .extracting(DemoCatalog.Person::email)
        .doesNotHaveDuplicates()
        .allMatch(email -> email.endsWith("example.edu"));
  }
}
