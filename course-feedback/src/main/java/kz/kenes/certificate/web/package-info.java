/**
 * The certificate context's pages: {@code VerifyResource} ({@code /verify/{number}}, public; HTML
 * for browsers, JSON for API clients), {@code CertificatePagesResource} ({@code
 * /app/course/certificates}: the rules, the course's certificates, issue and revoke, for staff),
 * and {@code CertificateSection}, the learner's "Earn a certificate" on the landing page and the
 * staff's link to the certificates page.
 */
package kz.kenes.certificate.web;
