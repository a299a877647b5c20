package kz.kenes.integration.lti.persistence;

import java.time.LocalDateTime;

/** Test data: platform registration rows as the database would hand them out. */
public final class Registrations {

  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 15, 9, 30);

  private Registrations() {}

  /** A stored registration with this id and name, issuer https://lms{id}.example.edu. */
  public static PlatformRegistrationEntity aRegistration(
      long id, String name, String... deploymentIds) {
    PlatformRegistrationEntity entity = new PlatformRegistrationEntity();
    entity.id = id;
    String issuer = "https://lms" + id + ".example.edu";
    entity.assign(
        name, issuer, "client-" + id, issuer + "/auth", issuer + "/token", issuer + "/certs");
    for (String deploymentId : deploymentIds) {
      entity.addDeployment(deploymentId, CREATED);
    }
    entity.createdAtIfNew(CREATED);
    entity.touch(CREATED);
    return entity;
  }
}
