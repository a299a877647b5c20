/**
 * The pages of an LTI session: the landing page a launch ends on (one per Kenes role), the
 * administrator's sign-in with the admin token, and the administrator's pages that list, add and
 * edit platform registrations and show the tool's own URLs to paste into Open edX or Moodle. Each
 * page resolves its session through {@link kz.kenes.identity.web.PageSessions} and renders a
 * template of {@code templates/} with the shared {@link kz.kenes.platform.web.PageModel}.
 */
package kz.kenes.integration.lti.web;
