package kz.kenes.devplatform.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page that posts a form on to another endpoint as soon as it loads (a button does it without
 * JavaScript): how the platform sends the browser to Kenes's login initiation, and how it delivers
 * the id_token ({@code response_mode=form_post}).
 *
 * @param action the absolute URL the form posts to
 * @param fields the form's hidden fields, in order
 * @param heading what the page says while it posts
 */
public record AutoPost(String action, Map<String, String> fields, String heading) {

  public AutoPost {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
