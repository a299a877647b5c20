package kz.kenes.quiz.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** {@link Paper} as JSON text. */
@Converter
public class PaperConverter extends JsonColumnConverter<Paper>
    implements AttributeConverter<Paper, String> {
  public PaperConverter() {
    super(Paper.class);
  }
}
