package kz.kenes.analytics.application;

import java.util.List;
import kz.kenes.survey.domain.ItemOption;
import kz.kenes.survey.domain.Translations;

/**
 * One item column of the export: the item code (the CSV header), its SPSS name, its kind, label,
 * options and whether it is reverse-scored. Items of every round's instrument version are matched
 * by code; {@code optionsByVersion} keeps each version's option order, since a single-choice answer
 * is stored as the index of its option.
 */
public record ExportVariable(
    String code,
    String spssName,
    String kind,
    boolean reversed,
    Translations label,
    List<ItemOption> options,
    java.util.Map<Long, List<ItemOption>> optionsByItemId) {

  public boolean isScale() {
    return "scale".equals(kind);
  }

  /** The width of the column as SPSS reads it. */
  public String spssFormat() {
    return switch (kind) {
      case "scale" -> "F1.0";
      case "single" ->
          "A" + Math.max(1, options.stream().mapToInt(o -> o.code().length()).max().orElse(1) + 1);
      case "multiple" -> "A2000";
      default -> "A8000";
    };
  }
}
