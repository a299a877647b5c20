package kz.kenes.lti.services.nrps;

import java.util.List;

/**
 * One member of a context as the platform lists it (NRPS 2.0 §2.2): {@code user_id} (the launch's
 * {@code sub}), its roles and status; name and e-mail are null when the platform keeps them back
 * (Open edX with its PII sharing off, Moodle by its privacy settings).
 */
public record Member(
    String userId,
    List<String> roles,
    boolean active,
    String name,
    String givenName,
    String familyName,
    String email) {

  public Member {
    roles = List.copyOf(roles);
  }
}
