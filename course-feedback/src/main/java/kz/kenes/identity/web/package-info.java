/**
 * The page side of the caller's identity, shared by every context's pages: the page request of a
 * session ({@link kz.kenes.identity.web.PageSessions}: the session behind {@code kt} or a Bearer
 * header, its CSRF-checked form posts, the page's language) with the parameters every page is
 * opened with ({@link kz.kenes.identity.web.PageParams}, a {@code @BeanParam}), the paths of the
 * navigation, the landing page a launch ends on with the sections other contexts add to it ({@link
 * kz.kenes.identity.web.LandingSection}), the administrator's sign-in and the sign-out every page's
 * header offers. It may depend on {@code identity.api}, {@code identity.domain} and {@code
 * platform}; contexts depend on it, never the other way round.
 */
package kz.kenes.identity.web;
