/**
 * The LTI adapter's services: {@link kz.kenes.integration.lti.application.LaunchService}
 * (lti-tool's validation, then {@link kz.kenes.integration.lti.application.IdentityRecorder}
 * records user, course and resource link and opens the session through identity's {@code
 * SessionStore}), the registrations ({@code RegistrationService}, the cached lookup the launch path
 * reads, the origins allowed to frame Kenes as platform {@code HeaderRules}), the tool's keys
 * ({@code ToolKeyService}), the purge of expired login states and sessions ({@code Housekeeping}),
 * identity's ports {@link kz.kenes.integration.lti.application.LtiCallerProfiles} and {@link
 * kz.kenes.integration.lti.application.LtiCourses}, and {@code LtiProducers}, which makes
 * lti-tool's plain Java objects CDI beans. May depend on {@code lti-tool}, the adapter's {@code
 * persistence}, {@code identity.domain} and {@code platform}; no HTTP types: refusals are {@code
 * platform.domain} exceptions or lti-tool's {@code LtiProtocolException}.
 */
package kz.kenes.integration.lti.application;
