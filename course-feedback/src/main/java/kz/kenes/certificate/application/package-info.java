/**
 * The certificate context's use cases: the completion rules a course's staff set ({@link
 * kz.kenes.certificate.application.CertificateRules}), a learner's progress, issuing (by the rules,
 * {@link kz.kenes.certificate.application.AutoIssuance}, or by staff) and revoking with an audit
 * trail ({@link kz.kenes.certificate.application.Certificates}), the public verification, the PDF
 * ({@link kz.kenes.certificate.application.CertificatePdf}) and the Open Badges 3.0 credential with
 * its status list ({@link kz.kenes.certificate.application.OpenBadges}). Transactions live here;
 * refusals are {@code platform.domain} exceptions; no HTTP.
 */
package kz.kenes.certificate.application;
