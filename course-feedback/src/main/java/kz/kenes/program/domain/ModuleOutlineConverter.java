package kz.kenes.program.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/**
 * Stores a {@link ModuleOutline} as JSON text in {@code program_module_version.outline}; none (or
 * an empty column) is the empty outline.
 */
@Converter
public class ModuleOutlineConverter extends JsonColumnConverter<ModuleOutline>
    implements AttributeConverter<ModuleOutline, String> {

  public ModuleOutlineConverter() {
    super(ModuleOutline.class);
  }

  @Override
  public String convertToDatabaseColumn(ModuleOutline outline) {
    return super.convertToDatabaseColumn(outline == null ? ModuleOutline.EMPTY : outline);
  }

  @Override
  public ModuleOutline convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? ModuleOutline.EMPTY
        : super.convertToEntityAttribute(column);
  }
}
