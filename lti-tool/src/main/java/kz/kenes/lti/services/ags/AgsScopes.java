package kz.kenes.lti.services.ags;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scopes of Assignment and Grade Services (AGS 2.0 §3.1), and the ones Kenes asks for. */
public final class AgsScopes {

  private static final String BASE = "https://purl.imsglobal.org/spec/lti-ags/scope/";

  public static final String LINEITEM = BASE + "lineitem";
  public static final String LINEITEM_READONLY = BASE + "lineitem.readonly";
  public static final String RESULT_READONLY = BASE + "result.readonly";
  public static final String SCORE = BASE + "score";

  private static final List<String> USED =
      List.of(SCORE, LINEITEM, LINEITEM_READONLY, RESULT_READONLY);

  private AgsScopes() {}

  /**
   * The scopes to ask one token for: those of the launch's endpoint claim that Kenes uses. One
   * token then serves the line item look-up, the score and the results read of a registration.
   */
  public static Set<String> wanted(Collection<String> granted) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String scope : USED) {
      if (granted.contains(scope)) {
        scopes.add(scope);
      }
    }
    return scopes;
  }
}
