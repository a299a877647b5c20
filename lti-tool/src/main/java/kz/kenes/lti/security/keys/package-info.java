/**
 * The tool's own RSA signing keys: {@link kz.kenes.lti.security.keys.ToolKeys} creates, rotates and
 * publishes them, with an overlap during which a retired key stays in the public key set; the
 * application persists them through {@link kz.kenes.lti.security.keys.ToolKeyStore}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6 Key management</a>
 */
package kz.kenes.lti.security.keys;
