package kz.kenes.program.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ModuleOutline} as JSON text in {@code program_module_version.outline}. */
@Converter
public class ModuleOutlineConverter implements AttributeConverter<ModuleOutline, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(ModuleOutline outline) {
    return JSONB.toJson(outline == null ? ModuleOutline.EMPTY : outline);
  }

  @Override
  public ModuleOutline convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? ModuleOutline.EMPTY
        : JSONB.fromJson(column, ModuleOutline.class);
  }
}
