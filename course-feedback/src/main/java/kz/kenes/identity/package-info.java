/**
 * Who is calling: the identity context. A caller reaches Kenes through an LTI launch or the admin
 * token (and, in later issues, an invitation link); whatever the way in, the rest of Kenes sees
 * only a {@link kz.kenes.identity.domain.KenesSession} with its {@link
 * kz.kenes.identity.domain.KenesRole}. {@code domain} holds the session, the role, the ports that
 * an adapter implements ({@link kz.kenes.identity.domain.SessionStore}, {@link
 * kz.kenes.identity.domain.CallerProfiles}, {@link kz.kenes.identity.domain.Courses}); {@code
 * application} the sign-in throttle; {@code api} the {@link kz.kenes.identity.api.Authenticator}
 * every endpoint asks and {@code /api/me}; {@code persistence} the session table; {@code web} the
 * page sessions, the landing page {@code /app}, the admin sign-in {@code /admin} and the page
 * paths. Identity depends on {@code platform} only: it never imports the LTI adapter (which
 * implements its ports) nor a domain context (which plugs into its pages through {@link
 * kz.kenes.identity.web.LandingSection}).
 */
package kz.kenes.identity;
