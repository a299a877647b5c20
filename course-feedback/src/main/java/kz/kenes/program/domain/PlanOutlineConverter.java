package kz.kenes.program.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** Stores a {@link PlanOutline} as JSON text in {@code course_plan.outline}. */
@Converter
public class PlanOutlineConverter extends JsonColumnConverter<PlanOutline>
    implements AttributeConverter<PlanOutline, String> {

  public PlanOutlineConverter() {
    super(PlanOutline.class);
  }
}
