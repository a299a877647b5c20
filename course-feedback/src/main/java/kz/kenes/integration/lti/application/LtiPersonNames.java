package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.domain.PersonNames;

/**
 * {@link PersonNames} of LTI users: the name their launches recorded on {@code lti_user}, read for
 * a whole page at once (one query per {@value #CHUNK} users).
 */
@ApplicationScoped
public class LtiPersonNames implements PersonNames {

  /** Most ids one query names (far below the databases' limits on an IN list). */
  static final int CHUNK = 500;

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Map<Long, String> of(Collection<Long> userRefs) {
    List<Long> ids = userRefs.stream().distinct().toList();
    Map<Long, String> names = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Object[]> rows =
          em.createQuery(
                  "select u.id, u.name, u.givenName, u.familyName from LtiUserEntity u"
                      + " where u.id in :ids",
                  Object[].class)
              .setParameter(
                  "ids", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
              .getResultList();
      for (Object[] row : rows) {
        String name = nameOf((String) row[1], (String) row[2], (String) row[3]);
        if (name != null) {
          names.put((Long) row[0], name);
        }
      }
    }
    return names;
  }

  /** The full name, else given and family name joined; null when neither was sent. */
  static String nameOf(String name, String givenName, String familyName) {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    String joined =
        ((givenName == null ? "" : givenName.strip())
                + " "
                + (familyName == null ? "" : familyName.strip()))
            .strip();
    return joined.isEmpty() ? null : joined;
  }
}
