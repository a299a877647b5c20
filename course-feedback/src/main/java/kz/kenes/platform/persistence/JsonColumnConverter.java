package kz.kenes.platform.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;

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

  private final Class<T> type;

  protected JsonColumnConverter(Class<T> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    return JSONB.toJson(value);
  }

  @Override
  public T convertToEntityAttribute(String column) {
    return JSONB.fromJson(column, type);
  }
}
