package kz.kenes.platform.activity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kenes activity that can be placed in a course page: a survey, later a quiz, a campaign, a
 * certificate. It is named across Kenes by {@link #reference()}, {@code <type>:<id>} (for example
 * {@code survey:12}), which a placed link carries as its {@code kenes_activity} custom parameter.
 *
 * @param type the provider's type code ({@link ActivityProvider#type()})
 * @param id the activity's id within its type
 * @param title what the picker and the placed link show
 * @param gradable whether the activity can report to the platform's gradebook (participation)
 * @param path the Kenes page that shows it to staff, e.g. {@code /app/surveys/12}
 */
public record Activity(String type, String id, String title, boolean gradable, String path) {

  /** A type code: lower case letters, digits and dashes. */
  public static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /** An id within a type: letters, digits, dash and underscore. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public Activity {
    if (!TYPE.matcher(Objects.requireNonNull(type, "type")).matches()) {
      throw new IllegalArgumentException("activity type must match " + TYPE + ": " + type);
    }
    if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
      throw new IllegalArgumentException("activity id must match " + ID + ": " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
  }

  /** {@code <type>:<id>}, the value of the {@code kenes_activity} custom parameter. */
  public String reference() {
    return type + ":" + id;
  }
}
