package kz.kenes.analytics.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.domain.GroupComparison;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.TTests;
import kz.kenes.survey.domain.Translations;

/**
 * The per-group part of the report: each stakeholder group's scale score summaries, their
 * comparison and, for respondents linked by pair code, the paired t-test.
 */
final class GroupReports {

  private GroupReports() {}

  /** The groups with scored respondents in either round, in {@link GroupOrder}. */
  static List<String> groupsOf(RoundAggregates before, Optional<RoundAggregates> after) {
    TreeSet<String> groups = new TreeSet<>(GroupOrder.ORDER);
    groups.addAll(before.groups());
    after.ifPresent(a -> groups.addAll(a.groups()));
    return List.copyOf(groups);
  }

  /** One report per group; the linked respondents' differences are read in one query. */
  static List<GroupReport> of(
      ReportQueries queries,
      List<String> groups,
      Map<String, Translations> names,
      RoundAggregates before,
      Optional<RoundAggregates> after) {
    Optional<Map<String, Moments>> paired =
        after
            .filter(a -> !groups.isEmpty())
            .map(a -> queries.pairedDifferences(before.id(), a.id()));
    return groups.stream()
        .map(
            group ->
                report(
                    group,
                    name(names, group),
                    before,
                    after,
                    paired.map(p -> p.getOrDefault(group, Moments.EMPTY))))
        .toList();
  }

  private static GroupReport report(
      String group,
      Translations name,
      RoundAggregates before,
      Optional<RoundAggregates> after,
      Optional<Moments> pairs) {
    return new GroupReport(
        group,
        name,
        before.summary(group),
        after.map(a -> a.summary(group)).orElse(RoundAggregates.EMPTY_SUMMARY),
        after.map(a -> compare(group, before.scores(group), a.scores(group))),
        pairs.map(TTests::paired),
        pairs.map(Moments::n).orElse(0L));
  }

  /** The comparison of a group's scores and levels between the two rounds. */
  static GroupComparison compare(String group, ScoreRow before, ScoreRow after) {
    return GroupComparison.compare(
        group, before.scores(), before.levels(), after.scores(), after.levels());
  }

  /** A group's name; its code in every language when the group is unknown. */
  static Translations name(Map<String, Translations> names, String group) {
    return names.getOrDefault(group, new Translations(group, group, group));
  }
}
