package kz.kenes.analytics.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import kz.kenes.analytics.application.ReportQueries.ItemRow;
import kz.kenes.analytics.application.SurveyReport.ItemGroup;
import kz.kenes.analytics.application.SurveyReport.ItemReport;
import kz.kenes.analytics.application.SurveyReport.OptionCount;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.survey.domain.ItemContent;
import kz.kenes.survey.domain.ItemOption;

/**
 * The per-item part of the report. Items are matched across the two rounds by their code, so a
 * follow-up round may use a newer instrument version: per group, a scale item's summaries, a choice
 * item's option counts, an open item's number of answers.
 */
final class ItemReports {

  private final List<String> groups;
  private final RoundItems before;
  private final Optional<RoundItems> after;

  private ItemReports(List<String> groups, RoundItems before, Optional<RoundItems> after) {
    this.groups = groups;
    this.before = before;
    this.after = after;
  }

  static List<ItemReport> of(
      ReportQueries queries,
      List<String> groups,
      RoundAggregates before,
      Optional<RoundAggregates> after) {
    ItemReports reports =
        new ItemReports(
            groups, RoundItems.read(queries, before), after.map(a -> RoundItems.read(queries, a)));
    return reports.itemsByCode().stream().map(reports::item).toList();
  }

  /** The rounds' items by code, the baseline's first. */
  private List<ItemRow> itemsByCode() {
    Map<String, ItemRow> byCode = new LinkedHashMap<>();
    before.round.items.forEach(i -> byCode.putIfAbsent(i.code(), i));
    after.ifPresent(a -> a.round.items.forEach(i -> byCode.putIfAbsent(i.code(), i)));
    return List.copyOf(byCode.values());
  }

  private ItemReport item(ItemRow item) {
    ItemContent content = ItemContents.content(item);
    List<ItemGroup> itemGroups = groups.stream().map(g -> group(item, content, g)).toList();
    return new ItemReport(
        item.code(), item.kind(), item.reversed(), content.text(), item.moduleTitle(), itemGroups);
  }

  private ItemGroup group(ItemRow item, ItemContent content, String group) {
    Optional<ItemRow> ib = before.round.item(item.code());
    Optional<ItemRow> ia = after.flatMap(a -> a.round.item(item.code()));
    ScaleSummary sb = before.round.itemSummary(ib, group);
    ScaleSummary sa =
        after.map(a -> a.round.itemSummary(ia, group)).orElse(RoundAggregates.EMPTY_SUMMARY);
    List<OptionCount> options = new ArrayList<>();
    for (int index = 0; index < content.options().size(); index++) {
      options.add(option(item.kind(), ib, ia, group, index, content.options().get(index)));
    }
    long tb = answered(item, sb, options, OptionCount::before, before.texts(ib, group));
    long ta =
        answered(
            item, sa, options, OptionCount::after, after.map(a -> a.texts(ia, group)).orElse(0L));
    return new ItemGroup(group, sb, sa, options, tb, ta);
  }

  private OptionCount option(
      String kind,
      Optional<ItemRow> ib,
      Optional<ItemRow> ia,
      String group,
      int index,
      ItemOption option) {
    long nb = before.optionCount(kind, ib, group, index, option);
    long na = after.map(a -> a.optionCount(kind, ia, group, index, option)).orElse(0L);
    return new OptionCount(option.code(), option.text(), nb, na);
  }

  /** The answers a group gave to an item in a round, counted as the item's kind counts them. */
  private static long answered(
      ItemRow item,
      ScaleSummary summary,
      List<OptionCount> options,
      ToLongFunction<OptionCount> round,
      long texts) {
    if ("single".equals(item.kind()) || "multiple".equals(item.kind())) {
      return options.stream().mapToLong(round).sum();
    }
    return item.isScale() ? summary.n() : texts;
  }

  /** A round's answers to its choice and open items, read only for the kinds the round has. */
  private record RoundItems(
      RoundAggregates round,
      Map<Long, Map<String, Map<Integer, Long>>> singles,
      Map<Long, Map<String, Map<String, Long>>> multiples,
      Map<Long, Map<String, Long>> texts) {

    static RoundItems read(ReportQueries queries, RoundAggregates round) {
      // each of these scans the round's answers: asked only when the round has such items
      return new RoundItems(
          round,
          countsIf(round, "single", queries::itemOptionCounts),
          countsIf(round, "multiple", queries::itemChoiceCounts),
          countsIf(round, "open", queries::itemTextCounts));
    }

    private static <T> Map<Long, T> countsIf(
        RoundAggregates round, String kind, LongFunction<Map<Long, T>> counts) {
      return round.has(kind) ? counts.apply(round.id()) : Map.of();
    }

    /** How often a group chose an option of the round's item (by index or by code). */
    long optionCount(
        String kind, Optional<ItemRow> item, String group, int index, ItemOption option) {
      if (item.isEmpty()) {
        return 0;
      }
      long id = item.get().id();
      if ("single".equals(kind)) {
        return singles
            .getOrDefault(id, Map.of())
            .getOrDefault(group, Map.of())
            .getOrDefault(index, 0L);
      }
      return multiples
          .getOrDefault(id, Map.of())
          .getOrDefault(group, Map.of())
          .getOrDefault(option.code(), 0L);
    }

    /** A group's non-empty answers to the round's open item. */
    long texts(Optional<ItemRow> item, String group) {
      return item.map(i -> texts.getOrDefault(i.id(), Map.of()).getOrDefault(group, 0L)).orElse(0L);
    }
  }
}
