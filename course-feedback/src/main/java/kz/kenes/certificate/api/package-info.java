/**
 * The certificate context's REST API: {@code CertificateResource} ({@code /api/certificates}: a
 * course's rules and certificates for its staff, issue and revoke; a learner's progress; the PDF
 * and the Open Badges credential of a certificate), {@code VerifyResource} ({@code
 * /verify/{number}}, public, HTML or JSON) and {@code IssuerResource} (the issuer's profile, keys
 * and revocation status list, public).
 */
package kz.kenes.certificate.api;
