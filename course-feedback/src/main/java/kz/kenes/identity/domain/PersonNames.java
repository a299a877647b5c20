package kz.kenes.identity.domain;

import java.util.Collection;
import java.util.Map;

/**
 * The names people are known by, as the way they came in recorded them: for a person launched from
 * an LMS, the name of their launches' id_token ({@code name}, else {@code given_name} and {@code
 * family_name}). Never the e-mail address: pages that name people to each other show no address.
 * Implemented by the LTI adapter, which keeps the users, so no context reads its tables.
 */
public interface PersonNames {

  /**
   * The name of each of these users (Kenes ids), all read at once; a user whose launches sent no
   * name, or who is unknown, is left out.
   */
  Map<Long, String> of(Collection<Long> userRefs);
}
