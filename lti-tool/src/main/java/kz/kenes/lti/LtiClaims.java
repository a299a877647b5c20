package kz.kenes.lti;

/**
 * Every claim name the tool reads or writes, once, spelled as the specifications spell them. Top
 * level constants are claims of the id_token; the nested classes hold the member names inside the
 * object-valued claims.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI 1.3 §5.3
 *     Required message claims</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#optional-message-claims">LTI 1.3 §5.4
 *     Optional message claims</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#id-token">Security Framework §5.1.2
 *     ID Token</a>
 */
public final class LtiClaims {

  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  // OpenID Connect / JWT claims (Security Framework §5.1.2, OIDC Core §2 and §5.1)
  public static final String ISS = "iss";
  public static final String AUD = "aud";
  public static final String AZP = "azp";
  public static final String SUB = "sub";
  public static final String NONCE = "nonce";
  public static final String EXP = "exp";
  public static final String IAT = "iat";
  public static final String NBF = "nbf";
  public static final String NAME = "name";
  public static final String GIVEN_NAME = "given_name";
  public static final String FAMILY_NAME = "family_name";
  public static final String EMAIL = "email";
  public static final String LOCALE = "locale";

  // LTI Core claims (LTI 1.3 §5.3 and §5.4)
  public static final String MESSAGE_TYPE = LTI + "message_type";
  public static final String VERSION = LTI + "version";
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";
  public static final String RESOURCE_LINK = LTI + "resource_link";
  public static final String ROLES = LTI + "roles";
  public static final String CONTEXT = LTI + "context";
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
  public static final String CUSTOM = LTI + "custom";
  public static final String TOOL_PLATFORM = LTI + "tool_platform";
  public static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";
  public static final String LIS = LTI + "lis";

  /** Deep Linking 2.0 §4.4: the settings claim of an LtiDeepLinkingRequest. */
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

  /** Deep Linking 2.0 §4.5: the content items of an LtiDeepLinkingResponse. */
  public static final String CONTENT_ITEMS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";

  /** Deep Linking 2.0 §4.5: the request's {@code data}, echoed unchanged in the response. */
  public static final String DEEP_LINKING_DATA =
      "https://purl.imsglobal.org/spec/lti-dl/claim/data";

  /** Deep Linking 2.0 §4.5: a message the platform may show once the items are placed. */
  public static final String DEEP_LINKING_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";

  /** Assignment and Grade Services 2.0 §3.1: the endpoint claim. */
  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

  /** Names and Role Provisioning Services 2.0 §3.6.1: the service claim. */
  public static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  /** The only LTI version this tool accepts in {@link #VERSION}. */
  public static final String VERSION_1_3_0 = "1.3.0";

  /** Message type of a resource link launch (LTI 1.3 §5.1). */
  public static final String LTI_RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";

  /** Message type of a deep linking request (Deep Linking 2.0 §4.4). */
  public static final String LTI_DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

  /** Message type of the tool's answer to a deep linking request (Deep Linking 2.0 §4.5). */
  public static final String LTI_DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

  private LtiClaims() {}

  /** Members of the {@link #RESOURCE_LINK} claim (LTI 1.3 §5.3.5). */
  public static final class ResourceLink {
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";

    private ResourceLink() {}
  }

  /** Members of the {@link #CONTEXT} claim (LTI 1.3 §5.4.1). */
  public static final class Context {
    public static final String ID = "id";
    public static final String LABEL = "label";
    public static final String TITLE = "title";
    public static final String TYPE = "type";

    private Context() {}
  }

  /** Members of the {@link #LAUNCH_PRESENTATION} claim (LTI 1.3 §5.4.4). */
  public static final class LaunchPresentation {
    public static final String DOCUMENT_TARGET = "document_target";
    public static final String RETURN_URL = "return_url";
    public static final String LOCALE = "locale";

    private LaunchPresentation() {}
  }

  /** Members of the {@link #TOOL_PLATFORM} claim (LTI 1.3 §5.4.2). */
  public static final class ToolPlatform {
    public static final String GUID = "guid";
    public static final String NAME = "name";
    public static final String VERSION = "version";
    public static final String PRODUCT_FAMILY_CODE = "product_family_code";

    private ToolPlatform() {}
  }

  /** Members of the {@link #DEEP_LINKING_SETTINGS} claim (Deep Linking 2.0 §4.4.1). */
  public static final class DeepLinkingSettings {
    public static final String DEEP_LINK_RETURN_URL = "deep_link_return_url";
    public static final String ACCEPT_TYPES = "accept_types";
    public static final String ACCEPT_PRESENTATION_DOCUMENT_TARGETS =
        "accept_presentation_document_targets";
    public static final String ACCEPT_MULTIPLE = "accept_multiple";
    public static final String AUTO_CREATE = "auto_create";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String DATA = "data";

    private DeepLinkingSettings() {}
  }

  /**
   * Members of a content item of type {@code ltiResourceLink} in {@link #CONTENT_ITEMS} (Deep
   * Linking 2.0 §3.1, §3.2.1), and of its {@code lineItem} (§3.2.1.1).
   */
  public static final class ContentItem {
    public static final String TYPE = "type";
    public static final String LTI_RESOURCE_LINK = "ltiResourceLink";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String URL = "url";
    public static final String CUSTOM = "custom";
    public static final String LINE_ITEM = "lineItem";
    public static final String SCORE_MAXIMUM = "scoreMaximum";
    public static final String LABEL = "label";
    public static final String RESOURCE_ID = "resourceId";
    public static final String TAG = "tag";
    public static final String IFRAME = "iframe";
    public static final String WINDOW = "window";
    public static final String TARGET_NAME = "targetName";
    public static final String HEIGHT = "height";

    private ContentItem() {}
  }

  /** Members of the {@link #AGS_ENDPOINT} claim (AGS 2.0 §3.1). */
  public static final class AgsEndpoint {
    public static final String SCOPE = "scope";
    public static final String LINEITEMS = "lineitems";
    public static final String LINEITEM = "lineitem";

    private AgsEndpoint() {}
  }

  /** Members of the {@link #NRPS} claim (NRPS 2.0 §3.6.1). */
  public static final class Nrps {
    public static final String CONTEXT_MEMBERSHIPS_URL = "context_memberships_url";
    public static final String SERVICE_VERSIONS = "service_versions";

    private Nrps() {}
  }
}
