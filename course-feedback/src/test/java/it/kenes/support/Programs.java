package it.kenes.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data builder for a new university with one program and its modules, made through the admin
 * API: {@code aProgram().withModules("AGR-201", "AGR-202").create(admin)}. By default a "Test
 * University" under a unique code, a bachelor's program AGR "Agronomy" in Kazakh, and modules
 * "Module &lt;code&gt;" of 5 credits. Fails the test as soon as Kenes refuses a step.
 */
public final class Programs {

  private String universityCode = "U-" + Unique.suffix();
  private String universityName = "Test University";
  private final Map<String, Object> program = new LinkedHashMap<>();
  private final List<Map<String, Object>> modules = new ArrayList<>();

  private Programs() {
    program.put("code", "AGR");
    program.put("name", "Agronomy");
    program.put("field", "Agriculture and veterinary");
    program.put("level", "bachelor");
    program.put("languages", List.of("kk"));
  }

  public static Programs aProgram() {
    return new Programs();
  }

  /** A new university with a default program of modules {@code moduleCodes}; its program id. */
  public static long create(AdminApi admin, String... moduleCodes) {
    return aProgram().withModules(moduleCodes).create(admin).programId();
  }

  public Programs university(String code, String name) {
    this.universityCode = code;
    this.universityName = name;
    return this;
  }

  public Programs universityName(String name) {
    this.universityName = name;
    return this;
  }

  public Programs code(String code) {
    program.put("code", code);
    return this;
  }

  public Programs name(String name) {
    program.put("name", name);
    return this;
  }

  public Programs languages(String... languages) {
    program.put("languages", List.of(languages));
    return this;
  }

  /** Default modules with these codes. */
  public Programs withModules(String... codes) {
    for (String code : codes) {
      modules.add(module(code));
    }
    return this;
  }

  /** A module as the admin API takes it; start from {@link #module(String)} to add fields. */
  public Programs withModule(Map<String, Object> module) {
    modules.add(module);
    return this;
  }

  /** The default module {@code code}, "Module &lt;code&gt;" of 5 credits, to add fields to. */
  public static Map<String, Object> module(String code) {
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("code", code);
    module.put("title", "Module " + code);
    module.put("credits", 5);
    return module;
  }

  /** Creates the university, the program and its modules. */
  public Created create(AdminApi admin) {
    return createIn(admin, university(admin, universityCode, universityName));
  }

  /** Creates the program and its modules in the existing university {@code universityId}. */
  public Created createIn(AdminApi admin, long universityId) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("universityId", universityId);
    json.putAll(program);
    long programId = created(admin.send("POST", "/api/admin/programs", JsonText.of(json)));
    for (Map<String, Object> module : modules) {
      require201(
          admin.send("POST", "/api/admin/programs/" + programId + "/modules", JsonText.of(module)));
    }
    return new Created(universityId, programId);
  }

  /** A new university; its id. */
  public static long university(AdminApi admin, String code, String name) {
    return created(
        admin.send(
            "POST", "/api/admin/universities", JsonText.of(Map.of("code", code, "name", name))));
  }

  /** Makes the course {@code contextRef} deliver the program's module {@code moduleCode}. */
  public static void deliver(AdminApi admin, long contextRef, long programId, String moduleCode) {
    String body =
        JsonText.of(Map.of("modules", List.of(Map.of("programId", programId, "code", moduleCode))));
    HttpAnswer answer = admin.send("PUT", "/api/courses/" + contextRef + "/modules", body);
    if (answer.status() != 200) {
      throw new AssertionError(
          "course " + contextRef + " cannot deliver " + moduleCode + ": " + answer);
    }
  }

  private static long created(HttpAnswer answer) {
    return require201(answer).json().getJsonNumber("id").longValue();
  }

  private static HttpAnswer require201(HttpAnswer answer) {
    if (answer.status() != 201) {
      throw new AssertionError("expected HTTP 201 but got " + answer);
    }
    return answer;
  }

  /** The ids of what {@link #create(AdminApi)} made. */
  public record Created(long universityId, long programId) {

    /** The admin API path of the program's modules. */
    public String modulesPath() {
      return "/api/admin/programs/" + programId + "/modules";
    }
  }
}
