package kz.kenes.lti.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed, read-only access to the claims of a verified id_token (or to one object-valued claim in
 * it). Values are plain JSON: strings, booleans, numbers, lists and maps. A claim of the wrong JSON
 * type reads as absent, so the checks report it as missing.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-message-general-details">LTI 1.3 §5
 *     LTI message general details</a>
 */
final class IdTokenClaims {

  private final Map<String, Object> claims;

  IdTokenClaims(Map<String, Object> claims) {
    this.claims = Objects.requireNonNull(claims);
  }

  boolean has(String name) {
    return claims.get(name) != null;
  }

  /** A string claim, or empty when absent or not a string. */
  Optional<String> string(String name) {
    return claims.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** A string claim, or null when absent or not a string. */
  String stringOrNull(String name) {
    return string(name).orElse(null);
  }

  /** A numeric claim as a whole number (epoch seconds for exp/iat), or empty. */
  Optional<Long> number(String name) {
    return claims.get(name) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }

  Optional<Boolean> bool(String name) {
    return claims.get(name) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  /** An object claim, or empty when absent or not a JSON object. */
  Optional<IdTokenClaims> object(String name) {
    if (claims.get(name) instanceof Map<?, ?> map) {
      return Optional.of(new IdTokenClaims(jsonObject(map)));
    }
    return Optional.empty();
  }

  /** The string members of an array claim, or empty when absent or not an array. */
  Optional<List<String>> strings(String name) {
    if (claims.get(name) instanceof List<?> list) {
      return Optional.of(
          list.stream().filter(String.class::isInstance).map(String.class::cast).toList());
    }
    return Optional.empty();
  }

  /** A claim that may be a single string or an array of strings (such as {@code aud}). */
  Optional<List<String>> stringOrStrings(String name) {
    return string(name).map(List::of).or(() -> strings(name));
  }

  /**
   * The members as text, e.g. of the {@code custom} claim: numbers and booleans rendered, nulls
   * left out.
   */
  Map<String, String> asText() {
    Map<String, String> text = new LinkedHashMap<>();
    claims.forEach(
        (key, value) -> {
          if (value != null) {
            text.put(key, String.valueOf(value));
          }
        });
    return text;
  }

  /** JSON objects parsed from a token always have string keys. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonObject(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
