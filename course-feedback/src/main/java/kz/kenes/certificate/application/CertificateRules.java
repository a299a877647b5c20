package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.kenes.certificate.domain.CompletionRules;
import kz.kenes.certificate.domain.CompletionRulesRepository;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.activity.QuizOutcomes.CourseQuiz;
import kz.kenes.platform.activity.SurveyParticipation.CourseSurvey;

/** A course's completion rules, as its staff read and set them. */
@ApplicationScoped
public class CertificateRules {

  @Inject CompletionRulesRepository repository;
  @Inject Standings standings;
  @Inject Clock clock;

  /** The rules of a course and what they can name: its quizzes and its open surveys. */
  public record Editing(
      RuleSettings settings, List<CourseQuiz> quizzes, List<CourseSurvey> surveys) {}

  public Optional<CompletionRules> find(long contextRef) {
    return repository.find(contextRef);
  }

  /** The course's rules as a page shows them ({@link CompletionRulesRepository#shownSettings}). */
  public Optional<RuleSettings> shownSettings(long contextRef) {
    return repository.shownSettings(contextRef);
  }

  /** The rules of the staff member's course (none set: {@link RuleSettings#none()}). */
  public Editing editing(KenesSession staff) {
    long course = CertificateCallers.requireStaff(staff);
    RuleSettings settings =
        repository.find(course).map(CompletionRules::settings).orElse(RuleSettings.none());
    return new Editing(
        settings, standings.quizzesOf(course), standings.surveysOf(course, staff.universityId()));
  }

  /** Sets the rules of the staff member's course. */
  @Transactional
  public RuleSettings change(KenesSession staff, RuleSettings settings) {
    long course = CertificateCallers.requireStaff(staff);
    RuleSettings valid = settings.validated();
    Optional<CompletionRules> found = repository.find(course);
    if (found.isPresent()) {
      found.get().change(valid, clock.instant());
      return found.get().settings();
    }
    return repository.store(new CompletionRules(course, valid, clock.instant())).settings();
  }
}
