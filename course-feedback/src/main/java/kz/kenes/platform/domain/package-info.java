/**
 * The kinds of refusal a use case may give, in the domain's words rather than HTTP's: {@link
 * kz.kenes.platform.domain.DomainException} (a stable {@code reason()} clients may branch on, a
 * message a person can act on, the fields at fault) and its kinds {@link
 * kz.kenes.platform.domain.InvalidInput}, {@link kz.kenes.platform.domain.NotAuthenticated}, {@link
 * kz.kenes.platform.domain.NotAllowed}, {@link kz.kenes.platform.domain.NotFound}, {@link
 * kz.kenes.platform.domain.Conflict} and {@link kz.kenes.platform.domain.Gone}. A context may add
 * its own subclasses in its {@code domain} package. Plain Java, depending on nothing; {@code
 * platform.errors} alone turns a kind into a status.
 */
package kz.kenes.platform.domain;
