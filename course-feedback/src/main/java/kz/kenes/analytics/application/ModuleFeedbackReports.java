package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswer;
import kz.kenes.analytics.application.ModuleFeedbackQueries.VersionAggregate;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.PrivacyMinimum;
import kz.kenes.analytics.domain.VersionComparison;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * The instructor's report of one module their course delivers (docs/module-feedback.md): per rated
 * module version n, the respondents' mean and levels, per item the distribution; the open answers
 * newest first; the current version against the previous one. Every breakdown of fewer respondents
 * than the privacy minimum is withheld, and names are never part of it.
 */
@ApplicationScoped
public class ModuleFeedbackReports {

  /** The setting of the privacy minimum. */
  public static final String MIN_RESPONDENTS = "kenes.module-feedback.min-respondents";

  /** The most open answers one report lists. */
  public static final int MAX_OPEN_ANSWERS = 200;

  @Inject CoursePlanning courses;
  @Inject ModuleFeedbackQueries queries;
  @Inject KenesConfig config;

  /**
   * One rated module version.
   *
   * @param withheld whether n is under the privacy minimum (levels and items are then empty)
   * @param items answer counts by item code
   */
  public record VersionReport(
      VersionAggregate aggregate, boolean withheld, Map<String, AnswerCounts> items) {}

  /**
   * The report of a module.
   *
   * @param comparison the current (latest rated) version against the one before, if two are rated
   * @param openAnswers of the versions shown (the filtered one, else all), newest first
   */
  public record ModuleReport(
      ProgramModule module,
      PrivacyMinimum minimum,
      List<VersionReport> versions,
      Optional<VersionComparison> comparison,
      List<OpenAnswer> openAnswers) {}

  /**
   * The report of a module for an instructor or administrator launched from a course that delivers
   * it; 403 for anyone else.
   *
   * @param version only this module version's open answers; null for all
   */
  public ModuleReport report(KenesSession session, long moduleId, Integer version) {
    ProgramModule module = requireReader(session, moduleId);
    PrivacyMinimum minimum = minimum();
    List<VersionReport> versions = new ArrayList<>();
    for (VersionAggregate v : queries.versions(moduleId, LevelCutoffs.DEFAULT)) {
      boolean withheld = !minimum.shows(v.means().n());
      versions.add(
          new VersionReport(
              v, withheld, withheld ? Map.of() : queries.items(moduleId, v.version())));
    }
    Optional<VersionComparison> comparison = Optional.empty();
    if (versions.size() >= 2) {
      VersionAggregate previous = versions.get(versions.size() - 2).aggregate();
      VersionAggregate current = versions.get(versions.size() - 1).aggregate();
      comparison =
          Optional.of(
              VersionComparison.of(
                  previous.version(),
                  previous.means(),
                  current.version(),
                  current.means(),
                  minimum));
    }
    List<Integer> shown =
        versions.stream()
            .filter(v -> !v.withheld())
            .map(v -> v.aggregate().version())
            .filter(v -> version == null || v.equals(version))
            .toList();
    return new ModuleReport(
        module,
        minimum,
        versions,
        comparison,
        queries.openAnswers(moduleId, shown, MAX_OPEN_ANSWERS));
  }

  /**
   * The modules the caller's course delivers, for an instructor or administrator launched from it.
   */
  public List<ProgramModule> modulesOf(KenesSession session) {
    requireStaff(session);
    return courses.deliveredModules(session.contextRef());
  }

  PrivacyMinimum minimum() {
    try {
      return config
          .value(MIN_RESPONDENTS)
          .map(String::strip)
          .map(Integer::parseInt)
          .filter(n -> n >= 1)
          .map(PrivacyMinimum::new)
          .orElse(PrivacyMinimum.DEFAULT);
    } catch (NumberFormatException e) {
      return PrivacyMinimum.DEFAULT;
    }
  }

  private static void requireStaff(KenesSession session) {
    boolean staff = session.role() == KenesRole.INSTRUCTOR || session.isAdmin();
    if (!staff || session.contextRef() == null) {
      throw new NotAllowed(
          "The module feedback report is read by the course's instructors, launched from it.");
    }
  }

  private ProgramModule requireReader(KenesSession session, long moduleId) {
    requireStaff(session);
    return courses.deliveredModules(session.contextRef()).stream()
        .filter(m -> m.id() == moduleId)
        .findFirst()
        .orElseThrow(
            () ->
                new NotAllowed(
                    "Module " + moduleId + " is not delivered by the course you launched from."));
  }
}
