package kz.kenes.platform.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a value object as JSON text in one column, written and read with JSON-B. A concrete
 * {@code @Converter} names its type: {@code class XConverter extends JsonColumnConverter<X> {
 * XConverter() { super(X.class); } }}.
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
