package kz.kenes.program.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.program.application.UniversityRegistry.UniversityCommand;

/** The add-a-university form as typed: code and name. */
record UniversityForm(String code, String name) {

  static final List<String> FIELDS = List.of("code", "name");

  /** A refusal marks its fields; a conflict is a taken code. */
  static final FormErrors.Form ERRORS = PageForms.errors(FIELDS, "code");

  static UniversityForm empty() {
    return new UniversityForm("", "");
  }

  static UniversityForm from(MultivaluedMap<String, String> form) {
    return new UniversityForm(form.getFirst("code"), form.getFirst("name"));
  }

  UniversityCommand toCommand() {
    return new UniversityCommand(code, name);
  }

  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", Lines.valueOrEmpty(code));
    values.put("name", Lines.valueOrEmpty(name));
    return values;
  }
}
