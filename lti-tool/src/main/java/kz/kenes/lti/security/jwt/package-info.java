/**
 * The only place that touches the JOSE library (Nimbus): verifying platform id_tokens against the
 * platform's cached JSON Web Key Set, generating and serialising RSA keys, and signing JWTs. Every
 * public signature here uses plain Java types so that the rest of the code never sees Nimbus.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6 Key management</a>
 */
package kz.kenes.lti.security.jwt;
