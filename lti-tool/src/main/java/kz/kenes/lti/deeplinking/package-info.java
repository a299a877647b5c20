/**
 * Deep Linking 2.0, the tool's side: what the tool keeps of an {@code LtiDeepLinkingRequest} while
 * the instructor chooses ({@link kz.kenes.lti.deeplinking.DeepLinkingReturn}), the content items it
 * places ({@link kz.kenes.lti.deeplinking.ResourceLinkItem}) and the signed {@code
 * LtiDeepLinkingResponse} it posts back ({@link kz.kenes.lti.deeplinking.DeepLinkingResponse}). The
 * request itself is validated by {@code launch.DeepLinkingMessageValidator}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0">Deep Linking 2.0</a>
 */
package kz.kenes.lti.deeplinking;
