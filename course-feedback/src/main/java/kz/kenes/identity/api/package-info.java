/**
 * The identity context's HTTP face: {@link kz.kenes.identity.api.Authenticator}, which every
 * resource and page of Kenes asks who is calling (a session's bearer token in the {@code
 * Authorization} header or the {@code kt} parameter, or the admin token for the admin API) and
 * which refuses with {@code NotAuthenticated} or {@code NotAllowed}; and {@link
 * kz.kenes.identity.api.MeResource} at {@code /api/me}, the session's identity (and its sign-out,
 * {@code DELETE /api/me/session}). May depend on {@code identity.domain}, {@code
 * identity.application} and {@code platform}.
 */
package kz.kenes.identity.api;
