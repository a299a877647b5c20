/**
 * The LTI adapter's pages: the home page {@code /} (what Kenes is, where administrators sign in,
 * the tool's URLs, the way to the development platform in dev mode), the administrator's pages
 * under {@code /app/admin/platforms} that list, add and edit platform registrations and their
 * deployments, and the tool's URLs on an administrator's landing page ({@link
 * kz.kenes.integration.lti.web.ToolUrlsSection}, a {@link kz.kenes.identity.web.LandingSection}).
 * The landing page itself and the admin sign-in belong to {@code identity.web}. Each page resolves
 * its session through {@link kz.kenes.identity.web.PageSessions} and renders a template of {@code
 * templates/} with the shared {@link kz.kenes.platform.web.PageModel}; it may depend on the
 * adapter's {@code application}, {@code identity}, {@code lti-tool} and {@code platform}.
 */
package kz.kenes.integration.lti.web;
