package kz.kenes.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.application.SurveyReport.ItemGroup;
import kz.kenes.analytics.application.SurveyReport.ItemReport;
import kz.kenes.analytics.application.SurveyReport.OptionCount;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * The report page's item tables, over all groups: the distribution of each scale item's scored
 * answers per round (the item chart's data as text), and how often each option of a choice item was
 * chosen.
 */
final class ItemTables {

  private final Locale locale;

  ItemTables(Locale locale) {
    this.locale = locale;
  }

  /** A scale item's answers in one round: the share of each point of the scale, n and mean. */
  public record DistributionLine(
      String item,
      String text,
      boolean reversed,
      String round,
      List<String> percents,
      String n,
      String mean) {}

  /** An option of a choice item, chosen so often before and after. */
  public record OptionLine(String item, String text, String option, String before, String after) {}

  List<DistributionLine> distributions(SurveyReport report) {
    List<DistributionLine> lines = new ArrayList<>();
    for (ItemReport item : report.items()) {
      if (!item.isScale()) {
        continue;
      }
      lines.add(distribution(item, report.before().label(), item.pooledBefore()));
      if (report.comparable()) {
        lines.add(distribution(item, report.after().orElseThrow().label(), item.pooledAfter()));
      }
    }
    return lines;
  }

  private DistributionLine distribution(ItemReport item, String round, AnswerCounts counts) {
    List<String> percents = new ArrayList<>();
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      percents.add(ReportNumbers.percent(counts.percent(answer), locale));
    }
    OptionalDouble mean =
        counts.total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(counts.moments().mean());
    return new DistributionLine(
        item.code(),
        item.text().in(locale.getLanguage()),
        item.reversed(),
        round,
        percents,
        String.valueOf(counts.total()),
        ReportNumbers.number(mean, locale));
  }

  List<OptionLine> options(SurveyReport report) {
    List<OptionLine> lines = new ArrayList<>();
    for (ItemReport item : report.items()) {
      if (!item.isChoice() || item.groups().isEmpty()) {
        continue;
      }
      List<OptionCount> options = item.groups().get(0).options();
      for (int i = 0; i < options.size(); i++) {
        lines.add(optionLine(report, item, i, options.get(i)));
      }
    }
    return lines;
  }

  /** An option's counts added up over the groups. */
  private OptionLine optionLine(SurveyReport report, ItemReport item, int index, OptionCount o) {
    List<ItemGroup> groups = item.groups();
    long before = groups.stream().mapToLong(g -> g.options().get(index).before()).sum();
    long after = groups.stream().mapToLong(g -> g.options().get(index).after()).sum();
    String lang = locale.getLanguage();
    return new OptionLine(
        item.code(),
        item.text().in(lang),
        o.text() == null ? o.code() : o.text().in(lang),
        String.valueOf(before),
        report.comparable() ? String.valueOf(after) : ReportNumbers.DASH);
  }
}
