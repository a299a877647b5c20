/**
 * How every refusal and failure is answered: {@link kz.kenes.platform.errors.Problems} maps each
 * kind of {@code platform.domain} exception to its HTTP status (the one place where the two meet),
 * and the JAX-RS exception mappers answer through {@link kz.kenes.platform.errors.ErrorResponder}
 * with {@code application/problem+json} (RFC 9457, {@link kz.kenes.platform.errors.Problem}) for
 * API clients or a translated error page for browsers, both with an error reference that is also
 * logged and never a stack trace. Mappers of a context's own exceptions (the LTI adapter's) extend
 * {@link kz.kenes.platform.errors.ProblemMapper}. May depend on the other {@code platform} packages
 * only.
 */
package kz.kenes.platform.errors;
