/**
 * LTI Dynamic Registration 1.0, the tool's side: fetching and checking the platform's OpenID
 * configuration ({@link kz.kenes.lti.registration.dynamic.PlatformConfiguration}), describing the
 * tool as an OpenID Connect client with the LTI tool configuration ({@link
 * kz.kenes.lti.registration.dynamic.ToolRegistration}), and posting that registration to the
 * platform ({@link kz.kenes.lti.registration.dynamic.DynamicRegistrationClient}), on the Nimbus
 * OAuth 2.0 SDK's client registration messages. Storing the result is the application's.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>
 */
package kz.kenes.lti.registration.dynamic;
