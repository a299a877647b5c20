package kz.kenes.analytics.domain;

import static kz.kenes.survey.domain.SatisfactionLevel.DISSATISFIED;
import static kz.kenes.survey.domain.SatisfactionLevel.HIGH;
import static kz.kenes.survey.domain.SatisfactionLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Table2Test {

  private static final LevelAggregate EMPLOYERS_BEFORE = new LevelAggregate(5, 50, 45);
  private static final LevelAggregate EMPLOYERS_AFTER = new LevelAggregate(14, 46, 40);

  @Test
  void hasOneRowPerGroupAndLevelInThePapersOrder() {
    Map<String, LevelAggregate> before = new LinkedHashMap<>();
    before.put("applicants", new LevelAggregate(3, 4, 5));
    before.put("employers", EMPLOYERS_BEFORE);
    Map<String, LevelAggregate> after = new LinkedHashMap<>();
    after.put("employers", EMPLOYERS_AFTER);
    after.put("graduates", new LevelAggregate(2, 2, 2));

    Table2 table = Table2.compare(before, after);

    assertThat(table.groups()).containsExactly("applicants", "employers", "graduates");
    assertThat(table.rows()).hasSize(9);
    assertThat(table.rows().subList(3, 6))
        .extracting(Table2.Row::level)
        .containsExactly(HIGH, MEDIUM, DISSATISFIED);
  }

  @Test
  void showsSharesBeforeAndAfterWithMarkedT() {
    Table2.Row high =
        Table2.compare(Map.of("employers", EMPLOYERS_BEFORE), Map.of("employers", EMPLOYERS_AFTER))
            .row("employers", HIGH)
            .orElseThrow();

    assertThat(high.beforePercent()).hasValue(5.0);
    assertThat(high.afterPercent()).hasValue(14.0);
    // scipy.stats.ttest_ind: t = 2.1854192222296867, p = 0.03003154900515788
    assertThat(high.tLabel(Locale.ROOT)).isEqualTo("2.19*");
    assertThat(high.tLabel(Locale.forLanguageTag("ru"))).isEqualTo("2,19*");
    assertThat(Table2.Row.percentLabel(high.afterPercent(), Locale.ROOT)).isEqualTo("14.0");
  }

  @Test
  void aGroupMissingInARoundHasNoShareThereAndNoT() {
    Table2 table = Table2.compare(Map.of("graduates", new LevelAggregate(1, 2, 3)), Map.of());

    Table2.Row row = table.row("graduates", MEDIUM).orElseThrow();
    assertThat(row.beforePercent().getAsDouble()).isCloseTo(33.33, within(0.01));
    assertThat(row.afterPercent()).isEmpty();
    assertThat(row.t().whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    assertThat(((Outcome.Unavailable<?>) row.t()).explanation())
        .isEqualTo("no answers in the follow-up round");
    assertThat(row.tLabel(Locale.ROOT)).isEqualTo(Table2.NOT_AVAILABLE);
    assertThat(Table2.Row.percentLabel(row.afterPercent(), Locale.ROOT)).isEqualTo("—");
  }

  @Test
  void isTheSameBuiltFromGroupComparisons() {
    GroupComparison employers =
        GroupComparison.compare(
            "employers",
            Moments.of(1, 2, 2, 1),
            EMPLOYERS_BEFORE,
            Moments.of(2, 3, 2, 3),
            EMPLOYERS_AFTER);

    Table2 fromComparisons = Table2.of(List.of(employers));
    Table2 fromCounts =
        Table2.compare(Map.of("employers", EMPLOYERS_BEFORE), Map.of("employers", EMPLOYERS_AFTER));

    assertThat(fromComparisons).isEqualTo(fromCounts);
  }
}
