package kz.kenes.survey.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.kenes.survey.domain.InstrumentDefinition.ItemDefinition;
import kz.kenes.survey.domain.InstrumentDefinition.Levels;

/** Test data builder: {@code anInstrument().scale("Q1").reversedScale("Q2").build()}. */
public final class InstrumentBuilder {

  private String code = "test-instrument";
  private Levels levels = new Levels(2.5, 1.5);
  private final List<ItemDefinition> items = new ArrayList<>();

  private InstrumentBuilder() {}

  public static InstrumentBuilder anInstrument() {
    return new InstrumentBuilder();
  }

  public static Translations text(String en) {
    return new Translations("kk " + en, "ru " + en, en);
  }

  public InstrumentBuilder code(String code) {
    this.code = code;
    return this;
  }

  public InstrumentBuilder levels(double highFrom, double dissatisfiedBelow) {
    this.levels = new Levels(highFrom, dissatisfiedBelow);
    return this;
  }

  public InstrumentBuilder scale(String itemCode) {
    return item(new ItemDefinition(itemCode, "scale", false, null, text(itemCode), null));
  }

  public InstrumentBuilder reversedScale(String itemCode) {
    return item(new ItemDefinition(itemCode, "scale", true, null, text(itemCode), null));
  }

  public InstrumentBuilder single(String itemCode, String... options) {
    return item(
        new ItemDefinition(itemCode, "single", false, null, text(itemCode), options(options)));
  }

  public InstrumentBuilder multiple(String itemCode, String... options) {
    return item(
        new ItemDefinition(itemCode, "multiple", false, null, text(itemCode), options(options)));
  }

  public InstrumentBuilder open(String itemCode) {
    return item(new ItemDefinition(itemCode, "open", false, null, text(itemCode), null));
  }

  public InstrumentBuilder item(ItemDefinition item) {
    items.add(item);
    return this;
  }

  public InstrumentDefinition build() {
    return new InstrumentDefinition(code, null, text("Title"), text("About"), levels, items);
  }

  /** The built definition as a stored instrument's current version (no database). */
  public InstrumentVersion version() {
    return new Instrument(build(), java.time.Instant.EPOCH).current();
  }

  private static List<ItemOption> options(String... codes) {
    return Arrays.stream(codes).map(c -> new ItemOption(c, text("option " + c))).toList();
  }
}
