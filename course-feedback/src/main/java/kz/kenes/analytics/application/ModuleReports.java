package kz.kenes.analytics.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.application.SurveyReport.ModuleReport;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.ScaleAggregate;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.survey.domain.Translations;

/**
 * The per-module part of the report: for each program module the instrument's items belong to, each
 * group's scale score over the module's items and its comparison between the rounds.
 */
final class ModuleReports {

  private ModuleReports() {}

  static List<ModuleReport> of(
      ReportQueries queries,
      List<String> groups,
      Map<String, Translations> names,
      RoundAggregates before,
      Optional<RoundAggregates> after) {
    Map<Long, String> titles = titles(before, after);
    if (titles.isEmpty()) {
      return List.of();
    }
    ModuleRound b = ModuleRound.read(queries, before);
    Optional<ModuleRound> a = after.map(r -> ModuleRound.read(queries, r));
    List<ModuleReport> modules = new ArrayList<>();
    titles.forEach(
        (module, title) ->
            modules.add(
                new ModuleReport(
                    module,
                    title,
                    groups.stream().map(g -> group(module, g, names, b, a)).toList())));
    return modules;
  }

  /** The modules of the rounds' items with their titles, the baseline's first. */
  private static Map<Long, String> titles(RoundAggregates before, Optional<RoundAggregates> after) {
    Map<Long, String> titles = new LinkedHashMap<>();
    List<RoundAggregates> rounds = new ArrayList<>(List.of(before));
    after.ifPresent(rounds::add);
    rounds.forEach(
        r ->
            r.items.stream()
                .filter(i -> i.moduleId() != null)
                .forEach(i -> titles.putIfAbsent(i.moduleId(), i.moduleTitle())));
    return titles;
  }

  private static GroupReport group(
      long module,
      String group,
      Map<String, Translations> names,
      ModuleRound before,
      Optional<ModuleRound> after) {
    ModuleRound a = after.orElse(ModuleRound.NONE);
    return new GroupReport(
        group,
        GroupReports.name(names, group),
        before.summary(module, group),
        a.summary(module, group),
        after.map(
            r -> GroupReports.compare(group, before.score(module, group), r.score(module, group))),
        Optional.empty(),
        0);
  }

  /** A round's module aggregates: respondents' module scores and the scored answers. */
  private record ModuleRound(
      Map<Long, Map<String, ScoreRow>> scores, Map<Long, Map<String, AnswerCounts>> answers) {

    static final ModuleRound NONE = new ModuleRound(Map.of(), Map.of());

    static ModuleRound read(ReportQueries queries, RoundAggregates round) {
      return new ModuleRound(
          queries.moduleScores(round.id(), round.round.cutoffs()),
          queries.moduleAnswers(round.id()));
    }

    ScoreRow score(long module, String group) {
      return scores.getOrDefault(module, Map.of()).getOrDefault(group, ScoreRow.EMPTY);
    }

    ScaleSummary summary(long module, String group) {
      AnswerCounts counts =
          answers.getOrDefault(module, Map.of()).getOrDefault(group, AnswerCounts.EMPTY);
      ScoreRow row = score(module, group);
      return ScaleSummary.describe(new ScaleAggregate(row.scores(), counts), row.levels());
    }
  }
}
