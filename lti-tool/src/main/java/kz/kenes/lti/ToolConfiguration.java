package kz.kenes.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where this tool lives: its public base URL, from which the OIDC login initiation URL, the launch
 * (redirect) URL, the deep linking launch URL and the public key set URL are derived. These are the
 * values an administrator enters in the platform when registering the tool.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-configuration">LTI 1.3 §3.1.1</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security
 *     Framework §5.1.1 OpenID Connect launch flow</a>
 */
public record ToolConfiguration(URI publicUrl) {

  public ToolConfiguration {
    Objects.requireNonNull(publicUrl, "publicUrl");
    String scheme = publicUrl.getScheme();
    if (!publicUrl.isAbsolute()
        || publicUrl.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || publicUrl.getRawQuery() != null
        || publicUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "tool public URL must be an absolute http(s) URL without query or fragment: "
              + publicUrl);
    }
    publicUrl = withoutTrailingSlash(publicUrl);
  }

  /** The OIDC third-party login initiation URL (Security Framework §5.1.1.1). */
  public URI loginUrl() {
    return resolve("/lti/login");
  }

  /** The redirect_uri of the authentication request, where the platform posts the id_token. */
  public URI launchUrl() {
    return resolve("/lti/launch");
  }

  /** The deep linking request URL: the same endpoint as {@link #launchUrl()}. */
  public URI deepLinkingUrl() {
    return launchUrl();
  }

  /** The URL of the tool's public JSON Web Key Set (Security Framework §6.3). */
  public URI jwksUrl() {
    return resolve("/lti/jwks");
  }

  /**
   * Whether {@code uri} is an absolute http(s) URL on this tool: same scheme, host and port as the
   * public URL, no user-info part, and a path at or under the public URL's path. Used to refuse
   * {@code target_link_uri} values that would send the browser elsewhere (an open redirect).
   */
  public boolean isOnTool(String uri) {
    if (uri == null || uri.isBlank()) {
      return false;
    }
    try {
      URI candidate = new URI(uri).normalize();
      return sameOrigin(candidate) && isUnderBasePath(candidate.getRawPath());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private boolean sameOrigin(URI candidate) {
    return candidate.isAbsolute()
        && !candidate.isOpaque()
        && candidate.getRawUserInfo() == null
        && candidate.getHost() != null
        && publicUrl.getScheme().equalsIgnoreCase(candidate.getScheme())
        && publicUrl.getHost().equalsIgnoreCase(candidate.getHost())
        && effectivePort(publicUrl) == effectivePort(candidate);
  }

  private boolean isUnderBasePath(String path) {
    String base = publicUrl.getRawPath();
    if (base.isEmpty()) {
      return true;
    }
    String candidatePath = path == null ? "" : path;
    if (hasEncodedSeparatorOrDot(candidatePath)) {
      return false;
    }
    return candidatePath.equals(base) || candidatePath.startsWith(base + "/");
  }

  private static boolean hasEncodedSeparatorOrDot(String rawPath) {
    String lower = rawPath.toLowerCase(Locale.ROOT);
    return lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c");
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
  }

  private URI resolve(String path) {
    return URI.create(publicUrl + path);
  }

  private static URI withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }
}
