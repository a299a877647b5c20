package kz.kenes.lti.deeplinking;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A content item of type {@code ltiResourceLink}: a link the platform creates in the course, which
 * launches the tool at {@code url} with the {@code custom} parameters. With a {@link LineItem} the
 * platform also creates a grade column for it.
 *
 * @param text a description; may be null
 * @param custom the custom parameters every launch of the link carries
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#lti-resource-link">Deep Linking 2.0
 *     §3.2 LTI Resource Link</a>
 */
public record ResourceLinkItem(
    String title,
    String text,
    String url,
    Map<String, String> custom,
    Optional<LineItem> lineItem) {

  public ResourceLinkItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    custom = Map.copyOf(custom);
    Objects.requireNonNull(lineItem, "lineItem");
  }

  /**
   * The grade column the platform creates with the link.
   *
   * @param resourceId the tool's id of the graded activity
   * @param tag what kind of grade it is
   * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#line-item">Deep Linking 2.0 §3.2.1.1
   *     Line item</a>
   */
  public record LineItem(double scoreMaximum, String label, String resourceId, String tag) {
    public LineItem {
      if (!(scoreMaximum > 0)) {
        throw new IllegalArgumentException("scoreMaximum must be positive: " + scoreMaximum);
      }
      Objects.requireNonNull(label, "label");
    }
  }
}
