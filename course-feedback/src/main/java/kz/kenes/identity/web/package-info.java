/**
 * The identity context's pages and what every page of Kenes shares about its caller: {@link
 * kz.kenes.identity.web.PageSessions} (the session and language behind a page request, as a {@code
 * PageRequest}), {@link kz.kenes.identity.web.LandingResource} (the landing page {@code /app} of
 * each role), {@link kz.kenes.identity.web.AdminSignInResource} (the admin token's sign-in at
 * {@code /admin}) and {@link kz.kenes.identity.web.Navigation} (the page paths the navigation links
 * to). Other parts of Kenes add to the landing page through {@link
 * kz.kenes.identity.web.LandingSection}, CDI beans they implement, so this package depends on no
 * context: only on {@code identity.api}, {@code identity.application}, {@code identity.domain} and
 * {@code platform}.
 */
package kz.kenes.identity.web;
