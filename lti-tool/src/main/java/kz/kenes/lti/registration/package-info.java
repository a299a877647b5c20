/**
 * Platform registrations: the issuer, client_id, endpoints and deployments that a platform and this
 * tool agreed on, and the {@link kz.kenes.lti.registration.RegistrationLookup} through which the
 * protocol code finds them (the application stores them).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-deployment">LTI 1.3 §3.1.3</a>
 */
package kz.kenes.lti.registration;
