package kz.kenes.crowdsourcing.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign form the services refused, as its page shows it again (docs/crowdsourcing.md,
 * "Pages"): which form ({@code decision-12}, {@code comment}, …), the message shown next to it in
 * the page's language, the field it marks (null: the form as a whole) and what the user typed, kept
 * in the form. {@link #NONE} on a page shown without a refusal.
 */
public record Refusal(String form, String message, String field, Map<String, String> input) {

  /** No refused form. */
  public static final Refusal NONE = new Refusal("", null, null, Map.of());

  public Refusal {
    input = Map.copyOf(input);
  }

  /** Whether {@code name} is the refused form. */
  public boolean on(String name) {
    return form.equals(name);
  }

  /** Whether the refusal marks {@code name} of the refused form {@code formName}. */
  public boolean marks(String formName, String name) {
    return on(formName) && name.equals(field);
  }

  /** What the user typed in {@code name}, when {@code formName} is the refused form; else null. */
  public String kept(String formName, String name) {
    return on(formName) ? input.getOrDefault(name, "") : null;
  }

  /** The posted fields of a form, but its session and CSRF tokens. */
  static Map<String, String> typed(MultivaluedMap<String, String> posted) {
    Map<String, String> typed = new LinkedHashMap<>();
    if (posted != null) {
      posted.forEach(
          (name, values) -> {
            if (!"kt".equals(name) && !"csrf".equals(name) && values != null && !values.isEmpty()) {
              typed.put(name, values.get(0) == null ? "" : values.get(0));
            }
          });
    }
    return typed;
  }
}
