package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.application.ModuleFeedbackQueries.Cell;
import kz.kenes.analytics.application.ModuleFeedbackQueries.GroupAggregate;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswer;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswerFilter;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswerPage;
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
import kz.kenes.survey.domain.Translations;

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

  /** The most open answers one page of the report lists. */
  public static final int MAX_OPEN_ANSWERS = 200;

  /** The open answers one page lists unless asked otherwise. */
  public static final int DEFAULT_OPEN_ANSWERS = 50;

  @Inject CoursePlanning courses;
  @Inject ModuleFeedbackQueries queries;
  @Inject KenesConfig config;
  @Inject ReportQueries reportQueries;

  /**
   * One rated module version.
   *
   * @param withheld whether n is under the privacy minimum (levels and items are then empty)
   * @param items answer counts by item code
   */
  public record VersionReport(
      VersionAggregate aggregate, boolean withheld, Map<String, AnswerCounts> items) {}

  /**
   * One stakeholder group's ratings of one module version.
   *
   * @param withheld whether n is under the privacy minimum (then nothing but n is shown, and the
   *     group's open answers of that version are not listed)
   */
  public record GroupReport(GroupAggregate aggregate, boolean withheld) {}

  /**
   * The report of a module.
   *
   * @param groups per version and stakeholder group, by version then group
   * @param comparison the current (latest rated) version against the one before, if two are rated
   * @param openAnswers the page of open answers the query asked for, newest first; only of
   *     (version, group) cells that reach the privacy minimum
   * @param query the query of the open answers, as checked
   */
  public record ModuleReport(
      ProgramModule module,
      PrivacyMinimum minimum,
      List<VersionReport> versions,
      List<GroupReport> groups,
      Optional<VersionComparison> comparison,
      OpenAnswerPage openAnswers,
      OpenAnswerQuery query) {

    /** The open answers of the page. */
    public List<OpenAnswer> answers() {
      return openAnswers.answers();
    }
  }

  /**
   * The report of a module for an instructor or administrator launched from a course that delivers
   * it; 403 for anyone else.
   *
   * @param version only this module version's open answers; null for all
   */
  public ModuleReport report(KenesSession session, long moduleId, Integer version) {
    return report(
        session, moduleId, OpenAnswerQuery.of(version, null, null, false, false, 0, null));
  }

  /**
   * The report of a module for an instructor or administrator launched from a course that delivers
   * it (403 for anyone else), its open answers as {@code query} asks.
   */
  public ModuleReport report(KenesSession session, long moduleId, OpenAnswerQuery query) {
    ProgramModule module = requireReader(session, moduleId);
    PrivacyMinimum minimum = minimum();
    List<VersionReport> versions = new ArrayList<>();
    for (VersionAggregate v : queries.versions(moduleId, LevelCutoffs.DEFAULT)) {
      boolean withheld = !minimum.shows(v.means().n());
      versions.add(
          new VersionReport(
              v, withheld, withheld ? Map.of() : queries.items(moduleId, v.version())));
    }
    List<GroupReport> groups =
        queries.groups(moduleId, LevelCutoffs.DEFAULT).stream()
            .map(g -> new GroupReport(g, !minimum.shows(g.means().n())))
            .toList();
    List<Cell> cells =
        groups.stream()
            .filter(g -> !g.withheld())
            .map(g -> new Cell(g.aggregate().version(), g.aggregate().group()))
            .filter(query::covers)
            .toList();
    OpenAnswerPage answers =
        queries.openAnswers(
            moduleId,
            new OpenAnswerFilter(cells, query.text(), query.hidden(), query.ideasOnly()),
            query.offset(),
            query.limit());
    return new ModuleReport(
        module, minimum, versions, groups, comparison(versions, minimum), answers, query);
  }

  private static Optional<VersionComparison> comparison(
      List<VersionReport> versions, PrivacyMinimum minimum) {
    if (versions.size() < 2) {
      return Optional.empty();
    }
    VersionAggregate previous = versions.get(versions.size() - 2).aggregate();
    VersionAggregate current = versions.get(versions.size() - 1).aggregate();
    return Optional.of(
        VersionComparison.of(
            previous.version(), previous.means(), current.version(), current.means(), minimum));
  }

  /**
   * The modules the caller's course delivers, for an instructor or administrator launched from it.
   */
  public List<ProgramModule> modulesOf(KenesSession session) {
    requireStaff(session);
    return courses.deliveredModules(session.contextRef());
  }

  /** The stakeholder groups' names, by code. */
  public Map<String, Translations> groupNames() {
    Map<String, Translations> names = new LinkedHashMap<>();
    for (ReportQueries.GroupRow group : reportQueries.groups()) {
      names.put(group.code(), ItemContents.translations(group.nameJson(), group.code()));
    }
    return names;
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

  /** The module, for a reader of its report; 403 for anyone else. */
  ProgramModule requireReader(KenesSession session, long moduleId) {
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
