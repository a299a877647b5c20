package kz.kenes.lti.registration.dynamic;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.openid.connect.sdk.rp.ApplicationType;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.kenes.lti.ToolConfiguration;
import net.minidev.json.JSONArray;
import net.minidev.json.JSONObject;

/**
 * How Kenes describes itself to a platform in a dynamic registration: an OpenID Connect client of
 * application type {@code web} that receives id_tokens by the implicit flow at its launch URL,
 * starts logins at its login URL, authenticates to the token endpoint with a {@code
 * private_key_jwt} signed by a key from its key set, and asks for the scopes of Assignment and
 * Grade Services and Names and Role Provisioning Services; plus the LTI tool configuration (domain,
 * target link URI, the claims it wants, the deep linking message).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-configuration">Dynamic Registration
 *     §3.3 Tool configuration, §3.4 Client registration request</a>
 */
public record ToolRegistration(ToolConfiguration tool, String clientName, String description) {

  /** The claim of the LTI tool configuration in the registration request and response. */
  public static final String LTI_TOOL_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-tool-configuration";

  /** AGS: create, read, update line items (one per graded activity). */
  public static final String SCOPE_LINEITEM =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  /** AGS: post scores. */
  public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

  /** AGS: read results (the instructor's view). */
  public static final String SCOPE_RESULT =
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

  /** NRPS: read the course roster. */
  public static final String SCOPE_MEMBERSHIPS =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  /** Every scope Kenes asks for, in this order. */
  public static final List<String> SCOPES =
      List.of(SCOPE_LINEITEM, SCOPE_SCORE, SCOPE_RESULT, SCOPE_MEMBERSHIPS);

  /** The id_token claims Kenes would like: it works without names and e-mails too. */
  public static final List<String> CLAIMS =
      List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale");

  /** The deep linking request message type. */
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

  public ToolRegistration {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(description, "description");
  }

  /** The scopes to ask {@code platform} for: Kenes's, less those the platform says it lacks. */
  public List<String> scopesFor(PlatformConfiguration platform) {
    if (platform.scopesSupported().isEmpty()) {
      return SCOPES;
    }
    return SCOPES.stream().filter(platform.scopesSupported()::contains).toList();
  }

  /** The client metadata of the registration request to {@code platform}. */
  public OIDCClientMetadata metadataFor(PlatformConfiguration platform) {
    OIDCClientMetadata metadata = new OIDCClientMetadata();
    metadata.setApplicationType(ApplicationType.WEB);
    metadata.setResponseTypes(Set.of(ResponseType.IDTOKEN));
    metadata.setGrantTypes(
        new LinkedHashSet<>(List.of(GrantType.IMPLICIT, GrantType.CLIENT_CREDENTIALS)));
    if ("https".equalsIgnoreCase(tool.loginUrl().getScheme())) {
      metadata.setInitiateLoginURI(tool.loginUrl());
    } else {
      // a tool on plain http (development): the SDK insists on https for this field
      metadata.setCustomField("initiate_login_uri", tool.loginUrl().toString());
    }
    metadata.setRedirectionURIs(Set.of(tool.launchUrl()));
    metadata.setJWKSetURI(tool.jwksUrl());
    metadata.setTokenEndpointAuthMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
    metadata.setName(clientName);
    List<String> scopes = scopesFor(platform);
    if (!scopes.isEmpty()) {
      metadata.setScope(new Scope(scopes.toArray(String[]::new)));
    }
    metadata.setCustomField(LTI_TOOL_CONFIGURATION, ltiToolConfiguration(platform));
    return metadata;
  }

  private JSONObject ltiToolConfiguration(PlatformConfiguration platform) {
    JSONObject configuration = new JSONObject();
    configuration.put("domain", domain(tool.publicUrl()));
    configuration.put("target_link_uri", tool.launchUrl().toString());
    configuration.put("description", description);
    JSONArray claims = new JSONArray();
    claims.addAll(CLAIMS);
    configuration.put("claims", claims);
    JSONArray messages = new JSONArray();
    if (platform.supportsMessage(DEEP_LINKING_REQUEST)) {
      JSONObject deepLinking = new JSONObject();
      deepLinking.put("type", DEEP_LINKING_REQUEST);
      deepLinking.put("target_link_uri", tool.deepLinkingUrl().toString());
      deepLinking.put("label", clientName);
      messages.add(deepLinking);
    }
    configuration.put("messages", messages);
    return configuration;
  }

  /** The host, with the port when it is not the scheme's default. */
  static String domain(URI publicUrl) {
    int port = publicUrl.getPort();
    return port == -1 ? publicUrl.getHost() : publicUrl.getHost() + ":" + port;
  }
}
