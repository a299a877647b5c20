package kz.kenes.survey.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.survey.domain.InvalidSurveyInput;

/**
 * Reads the {@code answers} object of a request body into plain Java values for {@link
 * kz.kenes.survey.domain.AnswerSheet}: numbers stay exact ({@code 2.5} is refused there, not
 * rounded here), strings stay strings, arrays become lists.
 */
final class JsonAnswers {

  private JsonAnswers() {}

  static Map<String, Object> of(JsonObject body) {
    if (body == null) {
      throw InvalidSurveyInput.of("body", "Send the answers as JSON: {\"answers\": {…}}.");
    }
    JsonValue answers = body.get("answers");
    if (answers == null || answers.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (!(answers instanceof JsonObject object)) {
      throw InvalidSurveyInput.of(
          "answers", "'answers' must be an object keyed by item code: {\"E01\": 3, …}.");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((code, value) -> map.put(code, plain(value)));
    return map;
  }

  static String text(JsonObject body, String name) {
    JsonValue value = body == null ? null : body.get(name);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : value.toString();
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case STRING -> ((JsonString) value).getString();
      case ARRAY -> list((JsonArray) value);
      default -> value.toString();
    };
  }

  private static List<Object> list(JsonArray array) {
    List<Object> list = new ArrayList<>();
    array.forEach(v -> list.add(plain(v)));
    return list;
  }
}
