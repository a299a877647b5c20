/**
 * The certificate context's repositories: {@code JpaCertificateRepository} (certificates, their
 * audit trail, the learners seen per course) and {@code JpaCompletionRulesRepository}, on the
 * tables of V27 ({@code certificate}, {@code certificate_audit}, {@code certificate_learner},
 * {@code certificate_rules}); {@code JdbcIssuerKeyStore}, the issuer's signing keys ({@code
 * certificate_issuer_key}).
 */
package kz.kenes.certificate.persistence;
