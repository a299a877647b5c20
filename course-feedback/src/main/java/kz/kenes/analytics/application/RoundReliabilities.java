package kz.kenes.analytics.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.application.SurveyReport.RoundReliability;
import kz.kenes.analytics.domain.CronbachAlpha;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.analytics.domain.Reliability;
import kz.kenes.analytics.domain.ReliabilityAggregate;

/** Cronbach's alpha of each compared round, over all respondents and per group. */
final class RoundReliabilities {

  private RoundReliabilities() {}

  static List<RoundReliability> of(
      ReportQueries queries, RoundAggregates before, Optional<RoundAggregates> after) {
    List<RoundReliability> result = new ArrayList<>();
    result.add(of(queries, before));
    after.ifPresent(a -> result.add(of(queries, a)));
    return result;
  }

  private static RoundReliability of(ReportQueries queries, RoundAggregates round) {
    List<Long> itemIds = round.scaleItemIds();
    Map<String, ReliabilityAggregate> byGroup = queries.reliability(round.id(), itemIds);
    Map<String, Outcome<Reliability>> alphas = new LinkedHashMap<>();
    byGroup.keySet().stream()
        .sorted(GroupOrder.ORDER)
        .forEach(g -> alphas.put(g, CronbachAlpha.of(byGroup.get(g))));
    return new RoundReliability(
        round.id(), round.round.label(), CronbachAlpha.of(pooled(itemIds.size(), byGroup)), alphas);
  }

  /** The groups' aggregates added up: sums and counts pool exactly. */
  static ReliabilityAggregate pooled(int items, Map<String, ReliabilityAggregate> byGroup) {
    List<Moments> itemMoments = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      itemMoments.add(Moments.EMPTY);
    }
    Moments total = Moments.EMPTY;
    for (ReliabilityAggregate group : byGroup.values()) {
      for (int i = 0; i < items; i++) {
        itemMoments.set(i, itemMoments.get(i).plus(group.items().get(i)));
      }
      total = total.plus(group.total());
    }
    return new ReliabilityAggregate(itemMoments, total);
  }
}
