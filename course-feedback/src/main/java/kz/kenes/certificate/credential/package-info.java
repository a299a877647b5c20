/**
 * The signing of certificates' Open Badges credentials: {@link
 * kz.kenes.certificate.credential.IssuerKeySigner}, the domain's {@code CredentialSigner} on Nimbus
 * JOSE+JWT with the issuer's own RSA key (kept in {@code certificate_issuer_key}, made when first
 * needed). The one package of the certificate context that imports the JOSE library; it takes and
 * returns plain Java maps and strings (docs/adr/0019-certificates-pdf-and-open-badges.md).
 */
package kz.kenes.certificate.credential;
