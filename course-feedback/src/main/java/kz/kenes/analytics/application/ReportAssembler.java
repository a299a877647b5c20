package kz.kenes.analytics.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import kz.kenes.analytics.application.ReportQueries.GroupRow;
import kz.kenes.analytics.application.ReportQueries.ItemRow;
import kz.kenes.analytics.application.ReportQueries.RoundRow;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.application.SurveyReport.ItemGroup;
import kz.kenes.analytics.application.SurveyReport.ItemReport;
import kz.kenes.analytics.application.SurveyReport.ModuleReport;
import kz.kenes.analytics.application.SurveyReport.OptionCount;
import kz.kenes.analytics.application.SurveyReport.RoundReliability;
import kz.kenes.analytics.application.SurveyReport.RoundSummary;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.CronbachAlpha;
import kz.kenes.analytics.domain.GroupComparison;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.analytics.domain.Reliability;
import kz.kenes.analytics.domain.ReliabilityAggregate;
import kz.kenes.analytics.domain.ScaleAggregate;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.analytics.domain.TTests;
import kz.kenes.analytics.domain.Table2;
import kz.kenes.survey.domain.ItemContent;
import kz.kenes.survey.domain.ItemOption;
import kz.kenes.survey.domain.Translations;

/**
 * Builds a {@link SurveyReport} from the aggregates of {@link ReportQueries}: it only reads
 * aggregates and hands them to the domain's statistics. Items are matched across the two rounds by
 * their code, so a follow-up round may use a newer instrument version.
 */
public final class ReportAssembler {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final ReportQueries queries;

  public ReportAssembler(ReportQueries queries) {
    this.queries = queries;
  }

  /** The report of {@code before} and, when present, {@code after}. */
  public SurveyReport assemble(
      SurveyHead survey, List<RoundRow> all, RoundRow before, Optional<RoundRow> after) {
    List<ItemRow> beforeItems = queries.items(List.of(before.versionId()));
    List<ItemRow> afterItems =
        after.map(r -> queries.items(List.of(r.versionId()))).orElse(List.of());
    Map<String, Translations> names = groupNames();
    RoundData b = new RoundData(before, beforeItems);
    Optional<RoundData> a = after.map(r -> new RoundData(r, afterItems));
    List<String> groups = groupsOf(b, a);
    List<GroupReport> groupReports = new ArrayList<>();
    for (String group : groups) {
      groupReports.add(groupReport(group, names, b, a));
    }
    Table2 table2 = Table2.of(groupReports.stream().flatMap(g -> g.comparison().stream()).toList());
    return new SurveyReport(
        survey.id(),
        survey.title(),
        all.stream().map(this::summary).toList(),
        summary(before),
        after.map(this::summary),
        groupReports,
        table2,
        items(groups, b, a),
        modules(groups, names, b, a),
        reliability(b, a));
  }

  /** A round's aggregates, read once. */
  private final class RoundData {
    final RoundRow round;
    final List<ItemRow> items;
    final Map<String, ScoreRow> scores;
    final Map<String, AnswerCounts> answers;
    final Map<Long, Map<String, AnswerCounts>> itemAnswers;

    RoundData(RoundRow round, List<ItemRow> items) {
      this.round = round;
      this.items = items;
      this.scores = queries.scaleScores(round.id(), round.cutoffs());
      this.answers = queries.scaleAnswers(round.id());
      this.itemAnswers = queries.itemScaleAnswers(round.id());
    }

    ScaleSummary summary(String group) {
      ScoreRow row = scores.getOrDefault(group, ScoreRow.EMPTY);
      AnswerCounts counts = answers.getOrDefault(group, AnswerCounts.EMPTY);
      return ScaleSummary.describe(new ScaleAggregate(row.scores(), counts), row.levels());
    }

    Optional<ItemRow> item(String code) {
      return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
  }

  private RoundSummary summary(RoundRow round) {
    long responses = queries.responseCounts(round.id()).values().stream().mapToLong(n -> n).sum();
    return new RoundSummary(
        round.id(), round.position(), round.kind(), round.label(), round.cutoffs(), responses);
  }

  private static List<String> groupsOf(RoundData before, Optional<RoundData> after) {
    TreeSet<String> groups = new TreeSet<>(GroupOrder.ORDER);
    groups.addAll(before.scores.keySet());
    after.ifPresent(a -> groups.addAll(a.scores.keySet()));
    return List.copyOf(groups);
  }

  private GroupReport groupReport(
      String group, Map<String, Translations> names, RoundData before, Optional<RoundData> after) {
    ScaleSummary b = before.summary(group);
    ScaleSummary a = after.map(r -> r.summary(group)).orElse(emptySummary());
    Optional<GroupComparison> comparison =
        after.map(
            r ->
                GroupComparison.compare(
                    group,
                    before.scores.getOrDefault(group, ScoreRow.EMPTY).scores(),
                    before.scores.getOrDefault(group, ScoreRow.EMPTY).levels(),
                    r.scores.getOrDefault(group, ScoreRow.EMPTY).scores(),
                    r.scores.getOrDefault(group, ScoreRow.EMPTY).levels()));
    Optional<Moments> pairs =
        after.map(
            r ->
                queries
                    .pairedDifferences(before.round.id(), r.round.id())
                    .getOrDefault(group, Moments.EMPTY));
    return new GroupReport(
        group,
        names.getOrDefault(group, new Translations(group, group, group)),
        b,
        a,
        comparison,
        pairs.map(TTests::paired),
        pairs.map(Moments::n).orElse(0L));
  }

  private List<ItemReport> items(List<String> groups, RoundData before, Optional<RoundData> after) {
    Map<String, ItemRow> byCode = new LinkedHashMap<>();
    before.items.forEach(i -> byCode.putIfAbsent(i.code(), i));
    after.ifPresent(a -> a.items.forEach(i -> byCode.putIfAbsent(i.code(), i)));
    Map<Long, Map<String, Map<Integer, Long>>> optionsBefore =
        queries.itemOptionCounts(before.round.id());
    Map<Long, Map<String, Map<Integer, Long>>> optionsAfter =
        after.map(a -> queries.itemOptionCounts(a.round.id())).orElse(Map.of());
    Map<Long, Map<String, Map<String, Long>>> choicesBefore =
        queries.itemChoiceCounts(before.round.id());
    Map<Long, Map<String, Map<String, Long>>> choicesAfter =
        after.map(a -> queries.itemChoiceCounts(a.round.id())).orElse(Map.of());
    Map<Long, Map<String, Long>> textsBefore = queries.itemTextCounts(before.round.id());
    Map<Long, Map<String, Long>> textsAfter =
        after.map(a -> queries.itemTextCounts(a.round.id())).orElse(Map.of());
    List<ItemReport> reports = new ArrayList<>();
    for (ItemRow item : byCode.values()) {
      Optional<ItemRow> ib = before.item(item.code());
      Optional<ItemRow> ia = after.flatMap(a -> a.item(item.code()));
      ItemContent content = content(item);
      List<ItemGroup> itemGroups = new ArrayList<>();
      for (String group : groups) {
        ScaleSummary sb = itemSummary(before, ib, group);
        ScaleSummary sa = after.map(a -> itemSummary(a, ia, group)).orElse(emptySummary());
        List<OptionCount> options = new ArrayList<>();
        for (int index = 0; index < content.options().size(); index++) {
          ItemOption option = content.options().get(index);
          long nb =
              optionCount(item.kind(), ib, group, index, option, optionsBefore, choicesBefore);
          long na = optionCount(item.kind(), ia, group, index, option, optionsAfter, choicesAfter);
          options.add(new OptionCount(option.code(), option.text(), nb, na));
        }
        long tb =
            ib.map(i -> textsBefore.getOrDefault(i.id(), Map.of()).getOrDefault(group, 0L))
                .orElse(0L);
        long ta =
            ia.map(i -> textsAfter.getOrDefault(i.id(), Map.of()).getOrDefault(group, 0L))
                .orElse(0L);
        if ("single".equals(item.kind()) || "multiple".equals(item.kind())) {
          tb = options.stream().mapToLong(OptionCount::before).sum();
          ta = options.stream().mapToLong(OptionCount::after).sum();
        } else if (item.isScale()) {
          tb = sb.n();
          ta = sa.n();
        }
        itemGroups.add(new ItemGroup(group, sb, sa, options, tb, ta));
      }
      reports.add(
          new ItemReport(
              item.code(),
              item.kind(),
              item.reversed(),
              content.text(),
              item.moduleTitle(),
              itemGroups));
    }
    return reports;
  }

  private static long optionCount(
      String kind,
      Optional<ItemRow> item,
      String group,
      int index,
      ItemOption option,
      Map<Long, Map<String, Map<Integer, Long>>> singles,
      Map<Long, Map<String, Map<String, Long>>> multiples) {
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

  private static ScaleSummary itemSummary(RoundData round, Optional<ItemRow> item, String group) {
    AnswerCounts counts =
        item.filter(ItemRow::isScale)
            .map(
                i ->
                    round
                        .itemAnswers
                        .getOrDefault(i.id(), Map.of())
                        .getOrDefault(group, AnswerCounts.EMPTY))
            .orElse(AnswerCounts.EMPTY);
    return ScaleSummary.describeItem(counts, round.round.cutoffs());
  }

  private List<ModuleReport> modules(
      List<String> groups,
      Map<String, Translations> names,
      RoundData before,
      Optional<RoundData> after) {
    Map<Long, String> titles = new LinkedHashMap<>();
    before.items.stream()
        .filter(i -> i.moduleId() != null)
        .forEach(i -> titles.putIfAbsent(i.moduleId(), i.moduleTitle()));
    after.ifPresent(
        a ->
            a.items.stream()
                .filter(i -> i.moduleId() != null)
                .forEach(i -> titles.putIfAbsent(i.moduleId(), i.moduleTitle())));
    if (titles.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<String, ScoreRow>> sb =
        queries.moduleScores(before.round.id(), before.round.cutoffs());
    Map<Long, Map<String, AnswerCounts>> cb = queries.moduleAnswers(before.round.id());
    Map<Long, Map<String, ScoreRow>> sa =
        after.map(a -> queries.moduleScores(a.round.id(), a.round.cutoffs())).orElse(Map.of());
    Map<Long, Map<String, AnswerCounts>> ca =
        after.map(a -> queries.moduleAnswers(a.round.id())).orElse(Map.of());
    List<ModuleReport> modules = new ArrayList<>();
    titles.forEach(
        (module, title) -> {
          List<GroupReport> reports = new ArrayList<>();
          for (String group : groups) {
            ScoreRow rb = sb.getOrDefault(module, Map.of()).getOrDefault(group, ScoreRow.EMPTY);
            ScoreRow ra = sa.getOrDefault(module, Map.of()).getOrDefault(group, ScoreRow.EMPTY);
            AnswerCounts ab =
                cb.getOrDefault(module, Map.of()).getOrDefault(group, AnswerCounts.EMPTY);
            AnswerCounts aa =
                ca.getOrDefault(module, Map.of()).getOrDefault(group, AnswerCounts.EMPTY);
            reports.add(
                new GroupReport(
                    group,
                    names.getOrDefault(group, new Translations(group, group, group)),
                    ScaleSummary.describe(new ScaleAggregate(rb.scores(), ab), rb.levels()),
                    ScaleSummary.describe(new ScaleAggregate(ra.scores(), aa), ra.levels()),
                    after.map(
                        a ->
                            GroupComparison.compare(
                                group, rb.scores(), rb.levels(), ra.scores(), ra.levels())),
                    Optional.empty(),
                    0));
          }
          modules.add(new ModuleReport(module, title, reports));
        });
    return modules;
  }

  private List<RoundReliability> reliability(RoundData before, Optional<RoundData> after) {
    List<RoundReliability> result = new ArrayList<>();
    result.add(reliability(before));
    after.ifPresent(a -> result.add(reliability(a)));
    return result;
  }

  private RoundReliability reliability(RoundData round) {
    List<Long> itemIds = round.items.stream().filter(ItemRow::isScale).map(ItemRow::id).toList();
    Map<String, ReliabilityAggregate> byGroup = queries.reliability(round.round.id(), itemIds);
    Map<String, Outcome<Reliability>> alphas = new LinkedHashMap<>();
    byGroup.keySet().stream()
        .sorted(GroupOrder.ORDER)
        .forEach(g -> alphas.put(g, CronbachAlpha.of(byGroup.get(g))));
    return new RoundReliability(
        round.round.id(),
        round.round.label(),
        CronbachAlpha.of(pooled(itemIds.size(), byGroup)),
        alphas);
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

  private Map<String, Translations> groupNames() {
    Map<String, Translations> names = new LinkedHashMap<>();
    for (GroupRow group : queries.groups()) {
      names.put(group.code(), translations(group.nameJson(), group.code()));
    }
    return names;
  }

  static Translations translations(String json, String fallback) {
    try {
      Translations t = JSONB.fromJson(json, Translations.class);
      return t == null ? new Translations(fallback, fallback, fallback) : t;
    } catch (RuntimeException e) {
      return new Translations(fallback, fallback, fallback);
    }
  }

  static ItemContent content(ItemRow item) {
    try {
      ItemContent content = JSONB.fromJson(item.content(), ItemContent.class);
      if (content != null) {
        return new ItemContent(
            content.text() == null
                ? new Translations(item.code(), item.code(), item.code())
                : content.text(),
            content.options() == null ? List.of() : content.options());
      }
    } catch (RuntimeException e) {
      // fall through: an unreadable content is shown by its code
    }
    return new ItemContent(new Translations(item.code(), item.code(), item.code()), List.of());
  }

  private static ScaleSummary emptySummary() {
    return ScaleSummary.describe(
        ScaleAggregate.EMPTY, kz.kenes.analytics.domain.LevelAggregate.EMPTY);
  }
}
