/**
 * The certificate context's domain: {@link kz.kenes.certificate.domain.CompletionRules} and the
 * {@link kz.kenes.certificate.domain.Progress} a learner's {@link
 * kz.kenes.certificate.domain.Standing} makes against them, the {@link
 * kz.kenes.certificate.domain.Certificate} with its unguessable {@link
 * kz.kenes.certificate.domain.CertificateNumber} and its revocation, the repository interfaces and
 * the port {@link kz.kenes.certificate.domain.CredentialSigner}. JPA mappings and platform's column
 * helpers only; no HTTP, no JOSE.
 */
package kz.kenes.certificate.domain;
