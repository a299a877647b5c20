package kz.kenes.devplatform;

/**
 * Fired at start-up in dev mode once the development platform is registered with Kenes: what needs
 * the platform's registration (the demo seed's course and users) observes it.
 *
 * @param registrationId the Kenes id of the platform registration
 * @param deploymentId the one deployment of Kenes in the development platform
 */
public record DevPlatformReady(long registrationId, String deploymentId) {}
