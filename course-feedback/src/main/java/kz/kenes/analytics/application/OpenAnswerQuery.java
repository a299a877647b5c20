package kz.kenes.analytics.application;

import java.util.regex.Pattern;
import kz.kenes.analytics.application.ModuleFeedbackQueries.Cell;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.text.UntrustedText;

/**
 * What a reader of a module's report asks of its open answers: a module version and a stakeholder
 * group to keep to (null for all), a text the answers contain (ignoring case), the hidden answers
 * instead of the shown ones, only the ideas, and the page ({@code offset}, {@code limit}). Checked
 * by {@link #of}: each refusal a 400 naming the parameter.
 */
public record OpenAnswerQuery(
    Integer version,
    String group,
    String text,
    boolean hidden,
    boolean ideasOnly,
    int offset,
    int limit) {

  /** The longest search text. */
  public static final int MAX_TEXT = 200;

  /** The largest offset: a list longer than this is searched, not paged through. */
  public static final int MAX_OFFSET = 100_000;

  private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /**
   * A checked query; blank texts and groups are none.
   *
   * @param limit null for {@link ModuleFeedbackReports#DEFAULT_OPEN_ANSWERS}
   */
  public static OpenAnswerQuery of(
      Integer version,
      String group,
      String text,
      boolean hidden,
      boolean ideasOnly,
      int offset,
      Integer limit) {
    if (version != null && version < 1) {
      throw new InvalidInput("version", "'version' is a module version, 1 or more.");
    }
    String g = group == null || group.isBlank() ? null : group.strip();
    if (g != null && !GROUP.matcher(g).matches()) {
      throw new InvalidInput("group", "'group' is a stakeholder group code such as learner.");
    }
    String t = text == null || text.isBlank() ? null : text.strip();
    if (t != null && t.length() > MAX_TEXT) {
      throw new InvalidInput("q", "'q' is longer than " + MAX_TEXT + " characters.");
    }
    if (t != null) {
      UntrustedText.requireNoNul("q", t);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidInput("offset", "'offset' is between 0 and " + MAX_OFFSET + ".");
    }
    int l = limit == null ? ModuleFeedbackReports.DEFAULT_OPEN_ANSWERS : limit;
    if (l < 1 || l > ModuleFeedbackReports.MAX_OPEN_ANSWERS) {
      throw new InvalidInput(
          "limit", "'limit' is between 1 and " + ModuleFeedbackReports.MAX_OPEN_ANSWERS + ".");
    }
    return new OpenAnswerQuery(version, g, t, hidden, ideasOnly, offset, l);
  }

  /** Whether the answers of a (version, group) cell are of those asked for. */
  boolean covers(Cell cell) {
    return (version == null || version == cell.version())
        && (group == null || group.equals(cell.group()));
  }
}
