package kz.kenes.integration.lti.api;

import java.util.List;

/** Body of {@code POST/PUT /api/admin/platforms}: what the platform's administrator gave us. */
public record PlatformRegistrationRequest(
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String accessTokenUrl,
    String jwksUrl,
    List<String> deploymentIds) {}
