package kz.kenes.integration.lti.api;

import java.util.List;

/**
 * Body of {@code POST/PUT /api/admin/platforms}: what the platform's administrator gave us, and
 * what the installation's operator decides about it: the university it serves ({@code
 * universityId}, none when absent), whether it is the installation's own ({@code operator}: its
 * Administrators are operators) and whether {@code system/person#Administrator} counts as
 * instructor ({@code systemAdministratorAsInstructor}, for Open edX before 11.1).
 */
public record PlatformRegistrationRequest(
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String accessTokenUrl,
    String jwksUrl,
    List<String> deploymentIds,
    Long universityId,
    Boolean operator,
    Boolean systemAdministratorAsInstructor) {

  /** The same registration serving {@code universityId}. */
  public PlatformRegistrationRequest servingUniversity(Long universityId, boolean operator) {
    return new PlatformRegistrationRequest(
        name,
        issuer,
        clientId,
        authLoginUrl,
        accessTokenUrl,
        jwksUrl,
        deploymentIds,
        universityId,
        operator,
        systemAdministratorAsInstructor);
  }
}
