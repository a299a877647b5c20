/**
 * The LTI tables: platform registrations and deployments ({@link
 * kz.kenes.integration.lti.persistence.JpaRegistrationRepository}, lti-tool's {@code
 * RegistrationLookup}), login states and nonces ({@link
 * kz.kenes.integration.lti.persistence.JdbcLoginStateStore}, plain JDBC on the launch hot path,
 * docs/adr/0008), the tool's keys ({@link kz.kenes.integration.lti.persistence.JpaToolKeyStore}),
 * and the users, courses (LTI contexts) and resource links that launches record. May depend on
 * {@code lti-tool} and {@code platform}. Used only inside {@code integration.lti}: identity and the
 * contexts learn about users and courses through identity's ports, never from these tables.
 */
package kz.kenes.integration.lti.persistence;
