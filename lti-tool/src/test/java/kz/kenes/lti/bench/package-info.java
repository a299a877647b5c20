/**
 * JMH benchmarks of the protocol hot paths; run with {@code mvn -pl lti-tool -Pbench test-compile
 * exec:exec}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3</a>
 */
package kz.kenes.lti.bench;
