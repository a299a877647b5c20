package kz.kenes.program.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.domain.ProgramLevel;
import kz.kenes.program.domain.TeachingLanguage;

/**
 * What describes a program as a client sends it ({@code POST} and {@code PUT /api/admin/programs}):
 * the owning university, code, name, field of education, level code and teaching language codes.
 * {@link #validate} checks it field by field.
 */
public record ProgramCommand(
    Long universityId,
    String code,
    String name,
    String field,
    String level,
    List<String> languages) {

  /** A command whose every field has been checked. */
  public record Valid(
      long universityId,
      String code,
      String name,
      String field,
      ProgramLevel level,
      Set<TeachingLanguage> languages) {}

  /**
   * @throws DomainException 400 naming the first field at fault
   */
  public Valid validate() {
    long university = Fields.required("universityId", universityId);
    String checkedCode = Fields.code("code", code);
    String checkedName = Fields.text("name", name, 300);
    String checkedField = Fields.text("field", field, 200);
    ProgramLevel checkedLevel =
        ProgramLevel.ofCode(Fields.text("level", level, 32))
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "level", "'level' must be one of bachelor, master, doctorate, residency."));
    return new Valid(
        university, checkedCode, checkedName, checkedField, checkedLevel, checkedLanguages());
  }

  private Set<TeachingLanguage> checkedLanguages() {
    if (languages == null || languages.isEmpty()) {
      throw new InvalidInput("languages", "'languages' needs at least one of kk, ru, en.");
    }
    Set<TeachingLanguage> set = EnumSet.noneOf(TeachingLanguage.class);
    for (String code : languages) {
      set.add(
          TeachingLanguage.ofCode(code)
              .orElseThrow(
                  () ->
                      new InvalidInput(
                          "languages",
                          "'languages' may hold only kk, ru and en, not '" + code + "'.")));
    }
    return set;
  }
}
