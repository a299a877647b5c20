package kz.kenes.program.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PlanOutline} as JSON text in {@code course_plan.outline}. */
@Converter
public class PlanOutlineConverter implements AttributeConverter<PlanOutline, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(PlanOutline outline) {
    return JSONB.toJson(outline);
  }

  @Override
  public PlanOutline convertToEntityAttribute(String column) {
    return JSONB.fromJson(column, PlanOutline.class);
  }
}
