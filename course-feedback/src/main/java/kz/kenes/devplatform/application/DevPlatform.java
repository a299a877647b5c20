package kz.kenes.devplatform.application;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;

/**
 * Who the development platform is and where its endpoints are. Every URL is built on Kenes's public
 * URL, never on the host a request came in on: the browser tests open the course page on {@code
 * 127.0.0.1} while Kenes lives on {@code localhost}, so that Kenes runs in a genuine third-party
 * iframe, as it does in an LMS.
 *
 * @param publicUrl Kenes's public base URL, without trailing slash
 */
public record DevPlatform(URI publicUrl) {

  public static final String NAME = "Kenes development platform";
  public static final String CLIENT_ID = "kenes-dev-platform";
  public static final String DEPLOYMENT_ID = "dev-deployment-1";
  public static final String PATH = "/dev/platform";

  /**
   * The name of the course page's storage frame, sent as {@code lti_storage_target} (LTI Client
   * Side postMessages): it answers {@code lti.put_data} and {@code lti.get_data}.
   */
  public static final String STORAGE_FRAME = "kenes-dev-storage";

  /** The interface languages a launch can ask for (launch_presentation.locale). */
  public static final List<String> LOCALES = List.of("kk", "ru", "en");

  public DevPlatform {
    Objects.requireNonNull(publicUrl, "publicUrl");
  }

  public String clientId() {
    return CLIENT_ID;
  }

  public String deploymentId() {
    return DEPLOYMENT_ID;
  }

  public String issuer() {
    return base() + PATH;
  }

  /** The course page, also the launch's return URL. */
  public String pageUrl() {
    return issuer();
  }

  /** The storage frame's page, on the platform's (the authorisation endpoint's) origin. */
  public String storageUrl() {
    return issuer() + "/storage";
  }

  public String authUrl() {
    return issuer() + "/auth";
  }

  public String tokenUrl() {
    return issuer() + "/token";
  }

  public String jwksUrl() {
    return issuer() + "/jwks";
  }

  /** Where Kenes posts its deep linking responses. */
  public String deepLinkReturnUrl() {
    return issuer() + "/deep-link-return";
  }

  /** Kenes's public key set, which signs its deep linking responses. */
  public String toolJwksUrl() {
    return base() + "/lti/jwks";
  }

  /** The line items container of a course (Assignment and Grade Services). */
  public String lineItemsUrl(String contextId) {
    return issuer()
        + "/ags/lineitems?context="
        + java.net.URLEncoder.encode(contextId, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A line item, shaped as Moodle's (a query after the path), so Kenes must build by path. */
  public String lineItemUrl(int id) {
    return issuer() + "/ags/lineitems/" + id + "/lineitem?type_id=1";
  }

  /** A course's memberships (Names and Role Provisioning Services). */
  public String membershipsUrl(String contextId) {
    return issuer()
        + "/memberships/"
        + java.net.URLEncoder.encode(contextId, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  /** The development platform's gradebook page. */
  public String gradebookUrl() {
    return issuer() + "/gradebook";
  }

  /** Kenes's OIDC login initiation URL, where a launch starts. */
  public String toolLoginUrl() {
    return base() + "/lti/login";
  }

  /** Kenes's launch URL: the only redirect_uri this platform posts id_tokens to. */
  public String toolLaunchUrl() {
    return base() + "/lti/launch";
  }

  /** What every resource link of the platform launches. */
  public String targetLinkUri() {
    return base() + "/app";
  }

  /** The registration Kenes needs to accept launches from this platform. */
  public PlatformRegistrationRequest registrationRequest() {
    return new PlatformRegistrationRequest(
        NAME,
        issuer(),
        CLIENT_ID,
        authUrl(),
        tokenUrl(),
        jwksUrl(),
        List.of(DEPLOYMENT_ID),
        null,
        null,
        null);
  }

  private String base() {
    String text = publicUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
