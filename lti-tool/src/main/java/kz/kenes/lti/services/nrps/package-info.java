/**
 * The Names and Role Provisioning Services 2.0 client: a context's members, every page, with a
 * bearer token from {@link kz.kenes.lti.services.AccessTokens} for the {@code
 * contextmembership.readonly} scope.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a>
 */
package kz.kenes.lti.services.nrps;
