package kz.kenes.survey.web.staff;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.util.Optional;
import kz.kenes.survey.domain.InstrumentDefinition;

/**
 * An instrument's definition as the text of the edit form: written pretty-printed, in the JSON of
 * the admin API (docs/surveys.md), and read back from what the administrator pasted.
 */
final class InstrumentJson {

  private static final Jsonb PRETTY =
      JsonbBuilder.create(
          new JsonbConfig()
              .withFormatting(true)
              .withPropertyOrderStrategy(PropertyOrderStrategy.ANY));
  private static final Jsonb READER = JsonbBuilder.create();

  private InstrumentJson() {}

  static String write(InstrumentDefinition definition) {
    return PRETTY.toJson(definition).strip();
  }

  /** The definition in {@code text}; empty when it is not JSON of that shape. */
  static Optional<InstrumentDefinition> read(String text) {
    if (StaffForms.blank(text)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(READER.fromJson(text, InstrumentDefinition.class));
    } catch (JsonbException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
