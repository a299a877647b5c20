package kz.kenes.analytics.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.application.ReportQueries.GroupRow;
import kz.kenes.analytics.application.ReportQueries.RoundRow;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.application.SurveyReport.RoundSummary;
import kz.kenes.analytics.domain.Table2;
import kz.kenes.survey.domain.Translations;

/**
 * Builds a {@link SurveyReport} from the aggregates of {@link ReportQueries}: it only reads
 * aggregates and hands them to the domain's statistics. Each compared round's aggregates are read
 * once ({@link RoundAggregates}); the parts of the report are built by {@link GroupReports}, {@link
 * ItemReports}, {@link ModuleReports} and {@link RoundReliabilities}.
 */
public final class ReportAssembler {

  private final ReportQueries queries;

  public ReportAssembler(ReportQueries queries) {
    this.queries = queries;
  }

  /** The report of {@code before} and, when present, {@code after}, among the survey's rounds. */
  public SurveyReport assemble(
      SurveyHead survey, List<RoundRow> all, RoundRow before, Optional<RoundRow> after) {
    RoundAggregates b = RoundAggregates.read(queries, before);
    Optional<RoundAggregates> a = after.map(r -> RoundAggregates.read(queries, r));
    Map<String, Translations> names = groupNames();
    List<String> groups = GroupReports.groupsOf(b, a);
    List<GroupReport> groupReports = GroupReports.of(queries, groups, names, b, a);
    List<RoundSummary> rounds = all.stream().map(this::summary).toList();
    return new SurveyReport(
        survey.id(),
        survey.title(),
        rounds,
        summaryOf(rounds, before),
        after.map(r -> summaryOf(rounds, r)),
        groupReports,
        Table2.of(groupReports.stream().flatMap(g -> g.comparison().stream()).toList()),
        ItemReports.of(queries, groups, b, a),
        ModuleReports.of(queries, groups, names, b, a),
        RoundReliabilities.of(queries, b, a));
  }

  private RoundSummary summary(RoundRow round) {
    long responses = queries.responseCounts(round.id()).values().stream().mapToLong(n -> n).sum();
    return new RoundSummary(
        round.id(), round.position(), round.kind(), round.label(), round.cutoffs(), responses);
  }

  /** The summary of a compared round, taken from the summaries of all rounds. */
  private RoundSummary summaryOf(List<RoundSummary> rounds, RoundRow round) {
    return rounds.stream()
        .filter(r -> r.id() == round.id())
        .findFirst()
        .orElseGet(() -> summary(round));
  }

  private Map<String, Translations> groupNames() {
    Map<String, Translations> names = new LinkedHashMap<>();
    for (GroupRow group : queries.groups()) {
      names.put(group.code(), ItemContents.translations(group.nameJson(), group.code()));
    }
    return names;
  }
}
