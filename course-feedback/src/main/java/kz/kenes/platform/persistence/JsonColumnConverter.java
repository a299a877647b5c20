package kz.kenes.platform.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores a value object as JSON text in one column, written and read with JSON-B. A concrete
 * {@code @Converter} names its type twice: {@code class XConverter extends JsonColumnConverter<X>
 * implements AttributeConverter<X, String> { public XConverter() { super(X.class); } }}. The {@code
 * implements} clause is not redundant: EclipseLink learns the attribute and column types of a
 * converter from the converter class's own generic interfaces only, and without it hands the
 * column's text to the entity unconverted.
 *
 * @param <T> the value object's type
 */
public abstract class JsonColumnConverter<T> implements AttributeConverter<T, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** Parsed values kept at most, per converter class, when parsing is cached. */
  private static final int MAX_PARSED = 20_000;

  private final Class<T> type;
  private final Map<String, T> parsed;

  protected JsonColumnConverter(Class<T> type) {
    this(type, false);
  }

  /**
   * @param cacheParsed keep parsed values by their text: for immutable values read on every request
   *     (an instrument's texts, read by every respondent), where parsing would cost more than the
   *     rest of the read
   */
  protected JsonColumnConverter(Class<T> type, boolean cacheParsed) {
    this.type = type;
    this.parsed = cacheParsed ? new ConcurrentHashMap<>() : null;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    return JSONB.toJson(value);
  }

  @Override
  public T convertToEntityAttribute(String column) {
    if (parsed == null) {
      return JSONB.fromJson(column, type);
    }
    T value = parsed.get(column);
    if (value == null) {
      if (parsed.size() >= MAX_PARSED) {
        parsed.clear();
      }
      value = JSONB.fromJson(column, type);
      parsed.put(column, value);
    }
    return value;
  }
}
