package kz.kenes.program.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.program.api.ProgramView;
import kz.kenes.program.application.ProgramCommand;

/**
 * The add and edit program forms as typed: the university (chosen when adding; fixed afterwards),
 * code, name, field of education, level and the teaching languages (checkboxes).
 */
record ProgramForm(
    String universityId,
    String code,
    String name,
    String field,
    String level,
    List<String> languages) {

  static final List<String> FIELDS =
      List.of("universityId", "code", "name", "field", "level", "languages");

  /** A refusal marks its fields; a conflict is a taken code. */
  static final FormErrors.Form ERRORS = PageForms.errors(FIELDS, "code");

  static ProgramForm empty() {
    return new ProgramForm("", "", "", "", "bachelor", List.of());
  }

  static ProgramForm from(MultivaluedMap<String, String> form) {
    List<String> languages = form.get("languages");
    return new ProgramForm(
        form.getFirst("universityId"),
        form.getFirst("code"),
        form.getFirst("name"),
        form.getFirst("field"),
        form.getFirst("level"),
        languages == null ? List.of() : List.copyOf(languages));
  }

  static ProgramForm of(ProgramView stored) {
    return new ProgramForm(
        String.valueOf(stored.universityId()),
        stored.code(),
        stored.name(),
        stored.field(),
        stored.level(),
        stored.languages());
  }

  /** The same form for another university (the edit form keeps the program's). */
  ProgramForm withUniversity(long id) {
    return new ProgramForm(String.valueOf(id), code, name, field, level, languages);
  }

  /** The command; a university that is not a number is left out, so it is refused as missing. */
  ProgramCommand toCommand() {
    return new ProgramCommand(id(universityId), code, name, field, level, languages);
  }

  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("universityId", Lines.valueOrEmpty(universityId));
    values.put("code", Lines.valueOrEmpty(code));
    values.put("name", Lines.valueOrEmpty(name));
    values.put("field", Lines.valueOrEmpty(field));
    values.put("level", Lines.valueOrEmpty(level));
    return values;
  }

  static Long id(String value) {
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
