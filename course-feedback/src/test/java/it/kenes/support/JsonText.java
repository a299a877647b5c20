package it.kenes.support;

import jakarta.json.Json;
import java.util.Map;

/** Writes plain Java maps, lists, strings, numbers and booleans as JSON text. */
public final class JsonText {

  private JsonText() {}

  public static String of(Map<String, ?> object) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) object;
    return Json.createObjectBuilder(values).build().toString();
  }
}
