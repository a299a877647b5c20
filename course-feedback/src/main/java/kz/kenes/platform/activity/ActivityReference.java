package kz.kenes.platform.activity;

import java.util.Optional;

/**
 * An activity named by {@code <type>:<id>}, as a placed link's {@code kenes_activity} custom
 * parameter or a picker's option carries it.
 */
public record ActivityReference(String type, String id) {

  /** The reference in {@code text}, or empty when it is not {@code <type>:<id>}. */
  public static Optional<ActivityReference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String type = text.substring(0, colon);
    String id = text.substring(colon + 1);
    if (!Activity.TYPE.matcher(type).matches() || !Activity.ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ActivityReference(type, id));
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
