package kz.kenes.survey.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An instrument as written by its author, in the JSON of the admin API and of the starter library
 * ({@code survey/library/*.json}): translated title and description, level cut-offs and items.
 * {@link #validate()} checks it whole before anything is stored.
 *
 * @param code unique name of the instrument: letters, digits, '.', '_', '-'
 * @param audience the stakeholder group it is written for, if any ({@code employer} …)
 * @param title shown above the questions
 * @param description shown under the title
 * @param levels where the high and dissatisfied levels start on the mean of the scale items
 * @param items in order
 */
public record InstrumentDefinition(
    String code,
    String audience,
    Translations title,
    Translations description,
    Levels levels,
    List<ItemDefinition> items) {

  /** At most this many items in one instrument. */
  public static final int MAX_ITEMS = 200;

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
  private static final Pattern OPTION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  /** The level cut-offs; absent means 2.5 and 1.5. */
  public record Levels(Double highFrom, Double dissatisfiedBelow) {}

  /**
   * One item.
   *
   * @param code short name, a valid variable name in SPSS exports ({@code E01})
   * @param kind {@code scale}, {@code single}, {@code multiple} or {@code open}
   * @param reversed a negatively worded scale item, scored {@code 3 - answer}
   * @param moduleId the program module the item asks about, if any
   * @param text the question or statement
   * @param options the options of a choice item
   */
  public record ItemDefinition(
      String code,
      String kind,
      Boolean reversed,
      Long moduleId,
      Translations text,
      List<ItemOption> options) {}

  public InstrumentDefinition {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The cut-offs this definition sets, checked. */
  public LevelCutoffs cutoffs() {
    if (levels == null) {
      return LevelCutoffs.DEFAULT;
    }
    double high = levels.highFrom() == null ? 2.5 : levels.highFrom();
    double low = levels.dissatisfiedBelow() == null ? 1.5 : levels.dissatisfiedBelow();
    return new LevelCutoffs(high, low);
  }

  /** Every rule at once; throws {@link InvalidSurveyInput} naming each field at fault. */
  public void validate() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (code == null || !CODE.matcher(code.strip()).matches()) {
      errors.put("code", "'code' is required: letters, digits, '.', '_' and '-', at most 64.");
    }
    if (audience != null && !audience.isBlank() && !CODE.matcher(audience).matches()) {
      errors.put("audience", "'audience' must be a stakeholder group code such as 'employer'.");
    }
    checkText("title", title, 300, errors);
    if (description != null) {
      description.check("description", 4000, errors);
    }
    try {
      cutoffs();
    } catch (IllegalArgumentException e) {
      errors.put("levels", "'levels': " + e.getMessage() + ".");
    }
    checkItems(errors);
    InvalidSurveyInput.throwIfAny(errors);
  }

  private void checkItems(Map<String, String> errors) {
    if (items.isEmpty()) {
      errors.put("items", "An instrument needs at least one item.");
    } else if (items.size() > MAX_ITEMS) {
      errors.put("items", "An instrument has at most " + MAX_ITEMS + " items.");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
      checkItem("items[" + i + "]", items.get(i), codes, errors);
    }
  }

  private static void checkItem(
      String at, ItemDefinition item, Set<String> codes, Map<String, String> errors) {
    if (item == null) {
      errors.put(at, "'" + at + "' is empty.");
      return;
    }
    if (item.code() == null || !ITEM_CODE.matcher(item.code()).matches()) {
      errors.put(
          at + ".code",
          "'" + at + ".code' must start with a letter; letters, digits and '_', at most 32.");
    } else if (!codes.add(item.code().toUpperCase(java.util.Locale.ROOT))) {
      errors.put(at + ".code", "Item code " + item.code() + " is used twice.");
    }
    ItemKind kind = ItemKind.ofCode(item.kind()).orElse(null);
    if (kind == null) {
      errors.put(at + ".kind", "'" + at + ".kind' must be scale, single, multiple or open.");
    }
    if (Boolean.TRUE.equals(item.reversed()) && kind != ItemKind.SCALE) {
      errors.put(at + ".reversed", "Only scale items can be reverse-scored.");
    }
    checkText(at + ".text", item.text(), 1000, errors);
    checkOptions(at, kind, item.options(), errors);
  }

  private static void checkOptions(
      String at, ItemKind kind, List<ItemOption> options, Map<String, String> errors) {
    List<ItemOption> given = options == null ? List.of() : options;
    if (kind != null && !kind.hasOptions()) {
      if (!given.isEmpty()) {
        errors.put(at + ".options", "Only single and multiple choice items have options.");
      }
      return;
    }
    if (kind != null && (given.size() < 2 || given.size() > 30)) {
      errors.put(at + ".options", "A choice item needs 2 to 30 options.");
    }
    Set<String> codes = new HashSet<>();
    for (int o = 0; o < given.size(); o++) {
      String field = at + ".options[" + o + "]";
      ItemOption option = given.get(o);
      if (option == null
          || option.code() == null
          || !OPTION_CODE.matcher(option.code()).matches()) {
        errors.put(field + ".code", "Option codes are lowercase letters, digits and '-'.");
      } else if (!codes.add(option.code())) {
        errors.put(field + ".code", "Option code " + option.code() + " is used twice.");
      }
      checkText(field + ".text", option == null ? null : option.text(), 300, errors);
    }
  }

  private static void checkText(
      String field, Translations text, int max, Map<String, String> errors) {
    if (text == null) {
      errors.put(field, "'" + field + "' is required: give the text in kk, ru and en.");
    } else {
      text.check(field, max, errors);
    }
  }
}
