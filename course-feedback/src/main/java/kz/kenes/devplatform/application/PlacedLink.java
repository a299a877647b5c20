package kz.kenes.devplatform.application;

import java.util.Map;

/**
 * A link Kenes placed in a course of the development platform by deep linking: what the response's
 * {@code ltiResourceLink} item said, kept so the course page can launch it.
 *
 * @param id the platform's resource link id of the placed link
 * @param custom the item's custom parameters, sent with every launch of the link
 * @param scoreMaximum the maximum of the line item that came with the item; null for none
 */
public record PlacedLink(
    String id,
    String contextId,
    String title,
    String url,
    Map<String, String> custom,
    Double scoreMaximum,
    String lineItemLabel) {

  public PlacedLink {
    custom = Map.copyOf(custom);
  }

  /** Whether the platform created a grade column with the link. */
  public boolean graded() {
    return scoreMaximum != null;
  }
}
