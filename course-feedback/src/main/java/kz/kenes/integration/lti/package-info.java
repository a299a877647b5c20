/**
 * The LTI adapter: the only part of the application that imports {@code lti-tool} (the development
 * platform aside, which plays an LMS). It turns a validated launch into an identity session
 * (recording the user, course and resource link on the way), implements identity's ports ({@link
 * kz.kenes.integration.lti.application.LtiCallerProfiles}, {@link
 * kz.kenes.integration.lti.application.LtiCourses}), keeps the platform registrations and the
 * tool's keys, and publishes the tool's URLs. {@code api} holds the {@code /lti/*} endpoints and
 * the admin API for platforms and keys, {@code application} the launch and the services behind
 * them, {@code persistence} the LTI tables, {@code web} the home page and the registration pages.
 * It may depend on {@code lti-tool}, {@code identity} and {@code platform}; no domain context and
 * not {@code platform} depends on it.
 */
package kz.kenes.integration.lti;
