/**
 * Test fixtures shipped in the lti-tool test-jar and reused by the application's integration tests:
 * fixed RSA keys, a stopped clock, in-memory stores, a counting key set fetcher, a {@link
 * kz.kenes.lti.testing.LaunchTokenBuilder} valid by default, and {@link
 * kz.kenes.lti.testing.LtiTestPlatform} wiring them together.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI 1.3</a>
 */
package kz.kenes.lti.testing;
