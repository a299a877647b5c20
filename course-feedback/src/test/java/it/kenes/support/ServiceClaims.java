package it.kenes.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The LTI Advantage service claims a test platform puts in a launch (AGS, NRPS). */
public final class ServiceClaims {

  public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  public static final String RESULTS =
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

  private ServiceClaims() {}

  /** The AGS endpoint claim: {@code scopes}, the line items URL and, unless null, a line item. */
  public static Map<String, Object> ags(List<String> scopes, URI lineItems, URI lineItem) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("scope", scopes);
    claim.put("lineitems", lineItems.toString());
    if (lineItem != null) {
      claim.put("lineitem", lineItem.toString());
    }
    return claim;
  }

  /** The NRPS claim of a course whose memberships are at {@code memberships}. */
  public static Map<String, Object> nrps(URI memberships) {
    return Map.of(
        "context_memberships_url", memberships.toString(), "service_versions", List.of("2.0"));
  }
}
