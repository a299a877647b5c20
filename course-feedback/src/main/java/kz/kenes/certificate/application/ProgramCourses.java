package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.ProgramStanding;
import kz.kenes.certificate.domain.ProgramStanding.CourseResult;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.CourseDeliveries;
import kz.kenes.program.domain.CourseDeliveries.Delivery;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;

/**
 * A program as its certificate needs it, asked of the program context's published interfaces
 * ({@link ProgramCatalog}, {@link CourseDeliveries}): the courses that deliver its modules, with
 * their titles and modules, the modules' competencies, hours and credits to default the text from,
 * and where a learner identity stands in each course.
 */
@ApplicationScoped
public class ProgramCourses {

  @Inject ProgramCatalog catalog;
  @Inject CourseDeliveries deliveries;
  @Inject CertificateRepository certificates;
  @Inject Standings standings;
  @Inject CallerProfiles profiles;

  /** A course of a program: its title and the titles of the program's modules it delivers. */
  public record Course(long contextRef, String title, List<String> modules) {

    /** The line a program certificate lists it as. */
    public String line() {
      return modules.isEmpty() ? title : title + ": " + String.join(", ", modules);
    }
  }

  /** The program, if the caller administers its university: 404 unknown, 403 another's. */
  public EducationalProgram program(UniversityScope scope, long programId) {
    return catalog.find(scope, programId);
  }

  public EducationalProgram program(long programId) {
    return catalog.find(programId);
  }

  /** The programs of which the course delivers a module. */
  public List<Long> programsOf(long contextRef) {
    return deliveries.programsDeliveredBy(contextRef);
  }

  /** {@link #programsOf} as a page shows it ({@link CourseDeliveries#shownProgramsDeliveredBy}). */
  public List<Long> shownProgramsOf(long contextRef) {
    return deliveries.shownProgramsDeliveredBy(contextRef);
  }

  /**
   * The courses that deliver the program's modules. A course is titled by its course plan, else by
   * its LMS title as {@code viewer}'s profile sees it, else {@code #<id>}.
   */
  public List<Course> of(EducationalProgram program, Long viewer) {
    Map<Long, String> titles =
        program.modules().stream()
            .collect(Collectors.toMap(ProgramModule::id, ProgramModule::title, (a, b) -> a));
    return deliveries.deliveriesOf(program.id()).stream()
        .map(
            d ->
                new Course(
                    d.contextRef(),
                    title(d, viewer),
                    d.moduleIds().stream().map(id -> titles.getOrDefault(id, "#" + id)).toList()))
        .toList();
  }

  private String title(Delivery delivery, Long viewer) {
    if (delivery.planTitle() != null && !delivery.planTitle().isBlank()) {
      return delivery.planTitle();
    }
    return Optional.ofNullable(viewer)
        .flatMap(v -> profiles.of(v, delivery.contextRef()).course())
        .map(CallerProfile.Course::shownTitle)
        .filter(t -> t != null && !t.isBlank())
        .orElse("#" + delivery.contextRef());
  }

  /**
   * Where the learner identity stands in each of the program's courses: a valid certificate held,
   * and (when {@code withPercent}) the overall percentage over the course's quizzes.
   */
  public ProgramStanding standing(List<Course> courses, long userRef, boolean withPercent) {
    return new ProgramStanding(
        courses.stream()
            .map(
                c ->
                    new CourseResult(
                        c.contextRef(),
                        certificates.findActive(c.contextRef(), userRef).isPresent(),
                        withPercent
                            ? standings
                                .of(c.contextRef(), userRef, RuleSettings.none())
                                .overallPercent()
                            : OptionalDouble.empty()))
            .toList());
  }

  /** The competencies the program's modules form (their current versions), each once. */
  public List<String> competencies(EducationalProgram program) {
    Set<String> all = new LinkedHashSet<>();
    for (ProgramModule module : program.modules()) {
      all.addAll(module.current().content().outline().competencies());
    }
    return all.stream()
        .filter(c -> !c.isBlank() && c.length() <= RuleSettings.MAX_COMPETENCY)
        .limit(RuleSettings.MAX_COMPETENCIES)
        .toList();
  }

  /** The sum of the modules' hours. */
  public int hours(EducationalProgram program) {
    return program.modules().stream().mapToInt(m -> m.current().content().hours()).sum();
  }

  public BigDecimal credits(EducationalProgram program) {
    return BigDecimal.valueOf(program.credits());
  }

  /** The name a certificate prints for a learner identity (as the LMS sent it). */
  public String learnerName(long userRef, long anyContextRef) {
    return Certificates.learnerName(profiles.of(userRef, anyContextRef));
  }
}
