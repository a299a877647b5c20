package kz.kenes.platform.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The decoded parameters of a URI's query (the last one wins when a name repeats). */
public final class QueryParameters {

  private QueryParameters() {}

  public static Map<String, String> of(URI uri) {
    Map<String, String> parameters = new HashMap<>();
    String query = uri.getRawQuery();
    if (query == null) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        parameters.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }
}
