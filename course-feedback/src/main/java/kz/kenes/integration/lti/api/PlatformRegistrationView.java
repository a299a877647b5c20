package kz.kenes.integration.lti.api;

import java.util.List;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.lti.registration.PlatformRegistration;

/** A stored platform registration as the admin API shows it. */
public record PlatformRegistrationView(
    long id,
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String accessTokenUrl,
    String jwksUrl,
    List<String> deploymentIds,
    Long universityId,
    boolean operator,
    boolean systemAdministratorAsInstructor,
    String createdAt,
    String updatedAt) {

  public static PlatformRegistrationView of(PlatformRegistrationEntity entity) {
    PlatformRegistration r = entity.toRegistration();
    return new PlatformRegistrationView(
        r.id(),
        r.name(),
        r.issuer(),
        r.clientId(),
        r.authLoginUrl().toString(),
        r.accessTokenUrl().toString(),
        r.jwksUrl().toString(),
        entity.deploymentIds(),
        entity.universityId(),
        entity.operator(),
        entity.systemAdminAsInstructor(),
        entity.createdAt() + "Z",
        entity.updatedAt() + "Z");
  }
}
