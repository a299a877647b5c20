package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.platform.errors.ErrorResponder;
import kz.kenes.platform.errors.ProblemMapper;
import kz.kenes.platform.metrics.KenesMetrics;
import kz.kenes.platform.text.UntrustedText;

/**
 * A refused login or launch: the status lti-tool chose for the rule, its precise message, and a
 * type naming the rule ({@code urn:kenes:problem:lti-unknown-deployment}). Browsers get the
 * translated error page. The log line carries the rule, the reference and the message with the
 * request values it quotes cut short and on one line ({@link UntrustedText#forLog}), never the
 * token. Each refusal is counted by step and rule ({@link KenesMetrics#ltiRefused}).
 */
@Provider
public class LtiProtocolExceptionMapper extends ProblemMapper<LtiProtocolException> {

  private static final Logger LOG = Logger.getLogger(LtiProtocolExceptionMapper.class.getName());

  /** How much of a refusal's message a log line keeps: the rule's words and short values. */
  static final int LOGGED_MESSAGE = 400;

  @Inject KenesMetrics metrics;

  @Override
  public Response toResponse(LtiProtocolException e) {
    String reference = ErrorResponder.newReference();
    String type = "lti-" + e.error().name().toLowerCase(Locale.ROOT).replace('_', '-');
    LOG.info(() -> "LTI refusal " + e.error() + " (ref " + reference + "): " + logged(e));
    metrics.ltiRefused(step(path()), e.error().name());
    return problem(e.httpStatus(), type, e.getMessage(), Map.of(), reference);
  }

  /** The step of the flow that refused, from the request's path: login, launch or other. */
  static String step(String path) {
    if (path.endsWith("/lti/login")) {
      return "login";
    }
    return path.endsWith("/lti/launch") ? "launch" : "other";
  }

  static String logged(LtiProtocolException e) {
    return UntrustedText.forLog(e.getMessage(), LOGGED_MESSAGE);
  }
}
