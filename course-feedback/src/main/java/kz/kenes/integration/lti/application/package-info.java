/**
 * The LTI adapter's use cases: a launch from login initiation to the opened session ({@code
 * LaunchService}, with {@code IdentityRecorder} recording who launched from where), platform
 * registrations and their deployments ({@code RegistrationService}), the tool's keys, the
 * housekeeping of expired login state, the per-address limit on new logins ({@code
 * LoginRateLimit}), and lti-tool's objects as CDI beans ({@code LtiProducers}). It implements the
 * identity context's ports ({@code LtiCallerProfiles}, {@code LtiCourses}) and holds the one set of
 * identity queries ({@code LtiIdentities}: a user by registration and {@code sub}, a course by
 * registration, deployment and context id) that the development platform and the demo seed use
 * instead of the tables. It may depend on lti-tool, {@code identity.domain}, {@code platform} and
 * this adapter's {@code persistence}; it knows no HTTP except the request records of {@code api} it
 * is handed.
 */
package kz.kenes.integration.lti.application;
