/**
 * The caller's model: {@link kz.kenes.identity.domain.KenesSession} (who, through which platform,
 * deployment, course and resource link, in which {@link kz.kenes.identity.domain.KenesRole}, for
 * which university), {@link kz.kenes.identity.domain.UniversityScope} (the universities a caller
 * acts for: the operator all, anyone else the one of their platform registration), the {@link
 * kz.kenes.identity.domain.SessionDraft} a new session is opened from, the {@link
 * kz.kenes.identity.domain.OpenedSession} with its one-time bearer token, {@link
 * kz.kenes.identity.domain.SessionTokens} (random tokens, their SHA-256, constant-time comparison),
 * {@link kz.kenes.identity.domain.AdminTokenMark} (which ties an admin-token session to the
 * configured token), and the ports that others implement: {@link
 * kz.kenes.identity.domain.SessionStore} (in {@code identity.persistence}), {@link
 * kz.kenes.identity.domain.AdminTokenFailures} (the admin token throttle's count, also there),
 * {@link kz.kenes.identity.domain.CallerProfiles} and {@link kz.kenes.identity.domain.Courses} (in
 * the LTI adapter, which keeps users, courses and resource links). Plain Java: it may depend on
 * {@code platform} and nothing else, no HTTP, no JPA.
 */
package kz.kenes.identity.domain;
