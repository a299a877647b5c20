package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kenes.lti.ToolConfiguration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tool's own URLs, as a platform administrator pastes them into Open edX or Moodle
 * (docs/lti-setup-open-edx.md, docs/lti-setup-moodle.md). Public: nothing here is secret.
 */
@Path("/lti/config")
@Tag(name = "LTI")
public class ToolConfigResource {

  @Inject ToolConfiguration tool;

  /** The values to register Kenes with a platform. */
  public record ToolUrls(
      String title,
      String description,
      String targetLinkUri,
      String oidcLoginUrl,
      String redirectUris,
      String launchUrl,
      String deepLinkingUrl,
      String jwksUrl,
      String keyType,
      List<String> messageTypes) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The tool's URLs to paste into an LMS")
  public ToolUrls config() {
    return of(tool);
  }

  public static ToolUrls of(ToolConfiguration tool) {
    return new ToolUrls(
        "Kenes",
        "Program feedback, crowdsourced revisions, quizzes and certificates",
        tool.launchUrl().toString(),
        tool.loginUrl().toString(),
        tool.launchUrl().toString(),
        tool.launchUrl().toString(),
        tool.deepLinkingUrl().toString(),
        tool.jwksUrl().toString(),
        "RSA (JWKS URL)",
        List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"));
  }
}
