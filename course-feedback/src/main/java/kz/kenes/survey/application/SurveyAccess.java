package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.CourseDeliveries;
import kz.kenes.program.domain.ProgramOwners;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRepository;

/**
 * Who may run and read a survey: the operator (the admin token), an administrator of the survey's
 * program's university, or an instructor launched from a course of that university that delivers
 * the survey's program (its module, when the survey names one). Learners never: they only answer,
 * and only surveys of their own university. Unknown surveys are 404s, asked after the caller is
 * known, so that an anonymous caller learns nothing. What a course delivers and which university a
 * program belongs to are asked of the program context ({@link CourseDeliveries}, {@link
 * ProgramOwners}).
 */
@ApplicationScoped
public class SurveyAccess {

  @Inject SurveyRepository surveys;
  @Inject CourseDeliveries deliveries;
  @Inject ProgramOwners owners;

  /**
   * The staff member asking: an empty session for the admin token.
   *
   * @param session the caller's session; empty for the admin token
   */
  public record Staff(Optional<KenesSession> session) {

    /** The holder of the admin token. */
    public static Staff adminToken() {
      return new Staff(Optional.empty());
    }

    public boolean isAdmin() {
      return session.map(KenesSession::isAdmin).orElse(true);
    }

    /** The universities the caller acts for: every one for the admin token. */
    public UniversityScope scope() {
      return session.map(KenesSession::scope).orElse(UniversityScope.ofOperator());
    }

    /** The course an instructor was launched from. */
    public Optional<Long> course() {
      return session.filter(s -> !s.isAdmin()).map(KenesSession::contextRef);
    }
  }

  /** The staff member of a known session: an administrator or an instructor of some course. */
  public Staff staffOf(KenesSession session) {
    if (session.isAdmin()) {
      return new Staff(Optional.of(session));
    }
    if (session.role() != KenesRole.INSTRUCTOR || session.contextRef() == null) {
      throw new NotAllowed(
          "Only instructors and administrators run surveys; learners answer them.");
    }
    return new Staff(Optional.of(session));
  }

  /** The survey, if this staff member may run and read it; 404 for an unknown one. */
  public Survey requireStaffOf(Staff staff, long surveyId) {
    Survey survey =
        surveys
            .find(surveyId)
            .orElseThrow(() -> new NotFound("There is no survey " + surveyId + "."));
    requireCovers(staff, survey);
    return survey;
  }

  /**
   * Refuses a caller of another university than the survey's program's, and an instructor whose
   * course does not deliver what the survey asks about.
   */
  public void requireCovers(Staff staff, Survey survey) {
    staff.scope().require(universityOf(survey), "Survey " + survey.id());
    Optional<Long> course = staff.course();
    if (course.isPresent() && !delivers(course.get(), survey)) {
      throw new NotAllowed(
          "Survey "
              + survey.id()
              + " is about a program your course does not deliver: launch Kenes from a course"
              + " that delivers it.");
    }
  }

  /**
   * Whether the course delivers what the survey asks about: the survey's module, or any module of
   * its program when it names none.
   */
  public boolean delivers(long contextRef, Survey survey) {
    return survey.moduleId().isPresent()
        ? deliveries.deliversModule(contextRef, survey.moduleId().get())
        : deliveries.delivers(contextRef, survey.programId());
  }

  /**
   * Whether a learner's course offers the survey: the survey's program belongs to the learner's
   * university and the course delivers what the survey asks about.
   */
  public boolean offers(KenesSession learner, Survey survey) {
    return learner.contextRef() != null
        && learner.scope().reaches(universityOf(survey))
        && delivers(learner.contextRef(), survey);
  }

  /**
   * The programs whose surveys the caller sees: null for all (the operator); the programs of their
   * university its courses deliver (instructors) or all of them (administrators).
   */
  public List<Long> visiblePrograms(Staff staff) {
    UniversityScope scope = staff.scope();
    if (scope.operator()) {
      return staff.course().map(deliveries::programsDeliveredBy).orElse(null);
    }
    if (scope.universityId() == null) {
      return List.of();
    }
    List<Long> own = owners.programsOf(scope.universityId());
    return staff
        .course()
        .map(c -> deliveries.programsDeliveredBy(c).stream().filter(own::contains).toList())
        .orElse(own);
  }

  /** The university of the survey's program; -1 (no university) for a program since removed. */
  private long universityOf(Survey survey) {
    return owners.universityOf(survey.programId()).orElse(-1L);
  }
}
