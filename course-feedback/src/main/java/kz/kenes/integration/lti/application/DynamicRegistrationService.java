package kz.kenes.integration.lti.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.integration.lti.persistence.JdbcRegistrationLinks;
import kz.kenes.integration.lti.persistence.JdbcRegistrationLinks.Link;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.registration.dynamic.DynamicRegistrationClient;
import kz.kenes.lti.registration.dynamic.DynamicRegistrationException;
import kz.kenes.lti.registration.dynamic.PlatformConfiguration;
import kz.kenes.lti.registration.dynamic.RegisteredTool;
import kz.kenes.lti.registration.dynamic.ToolRegistration;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/**
 * LTI Dynamic Registration with a one-time registration link (docs/adr/0015): the operator creates
 * a link for the university the platform will serve; a platform administrator opens it from the
 * platform, sees what will be registered, and confirms; Kenes then posts its registration to the
 * platform and stores the client id and deployment id it answers as a platform registration.
 * Nothing is stored unless the platform registered Kenes and the registration was stored whole; the
 * link is then used up.
 */
@ApplicationScoped
public class DynamicRegistrationService {

  private static final Logger LOG = Logger.getLogger(DynamicRegistrationService.class.getName());

  /** How long a registration link can be used. */
  public static final Duration LINK_LIFETIME = Duration.ofHours(24);

  /** How long one request to the platform may take. */
  static final Duration PLATFORM_TIMEOUT = Duration.ofSeconds(10);

  /** Name of the link's query parameter on {@code /lti/register}. */
  public static final String LINK_PARAM = "link";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject JdbcRegistrationLinks links;
  @Inject RegistrationService registrations;
  @Inject UniversityRepository universities;
  @Inject ToolConfiguration tool;
  @Inject KenesConfig config;
  @Inject Clock clock;

  private DynamicRegistrationClient client;

  @PostConstruct
  void init() {
    client = new DynamicRegistrationClient(PLATFORM_TIMEOUT, config.devMode());
  }

  /** A link just created: its URL (the secret is in it, shown once) and when it expires. */
  public record CreatedLink(URI url, Instant expiresAt, String universityName) {}

  /** What a confirmation page shows before anything is registered. */
  public record Preview(
      PlatformConfiguration platform,
      String universityName,
      List<String> scopes,
      boolean deepLinking) {}

  /** A registration stored. */
  public record Completed(
      long registrationId, String clientId, String deploymentId, String universityName) {}

  /** Creates a one-time link for a platform that will serve {@code universityId} (null: none). */
  public CreatedLink createLink(Long universityId) {
    String universityName = universityName(universityId);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(LINK_LIFETIME);
    links.create(hash(secret), universityId, now, expires);
    URI url = URI.create(tool.publicUrl() + "/lti/register?" + LINK_PARAM + "=" + secret);
    return new CreatedLink(url, expires, universityName);
  }

  /** Checks the link and fetches the platform's configuration; registers nothing. */
  public Preview preview(String linkSecret, String configurationUrl, String registrationToken) {
    Link link = usableLink(linkSecret);
    PlatformConfiguration platform = fetch(configurationUrl, registrationToken);
    ToolRegistration registration = toolRegistration();
    return new Preview(
        platform,
        universityName(link.universityId()),
        registration.scopesFor(platform),
        platform.supportsMessage(ToolRegistration.DEEP_LINKING_REQUEST));
  }

  /**
   * Registers Kenes with the platform and stores the registration. The link is claimed first, so
   * that two confirmations cannot both register; on any failure it is released and nothing is
   * stored.
   */
  public Completed complete(String linkSecret, String configurationUrl, String registrationToken) {
    Link link = usableLink(linkSecret);
    if (!links.claim(link.tokenHash(), clock.instant())) {
      throw new NotAllowed(
          "This registration link is being used by another registration right now, or was just"
              + " used: ask the Kenes operator for a new link if the registration did not finish.");
    }
    boolean stored = false;
    try {
      PlatformConfiguration platform = fetch(configurationUrl, registrationToken);
      RegisteredTool registered = client.register(platform, toolRegistration(), registrationToken);
      PlatformRegistrationEntity entity = store(platform, registered, link.universityId());
      links.markUsed(link.tokenHash(), entity.id(), clock.instant());
      stored = true;
      LOG.info(
          () ->
              "Dynamic registration stored: registration "
                  + entity.id()
                  + " for issuer "
                  + platform.issuer());
      return new Completed(
          entity.id(),
          registered.clientId(),
          registered.deploymentId(),
          universityName(link.universityId()));
    } finally {
      if (!stored) {
        links.release(link.tokenHash());
      }
    }
  }

  /** The registration of what the platform answered; refused whole when it lacks a deployment. */
  private PlatformRegistrationEntity store(
      PlatformConfiguration platform, RegisteredTool registered, Long universityId) {
    if (registered.deploymentId() == null || registered.deploymentId().isBlank()) {
      throw new DynamicRegistrationException(
          DynamicRegistrationException.Kind.PLATFORM_REFUSED,
          "The platform registered Kenes with client_id '"
              + registered.clientId()
              + "' but sent no deployment_id, so Kenes stored nothing: register the platform by"
              + " hand with that client id and the deployment id the platform shows.");
    }
    PlatformRegistrationRequest request =
        new PlatformRegistrationRequest(
            platformName(platform),
            platform.issuer(),
            registered.clientId(),
            platform.authorizationEndpoint().toString(),
            platform.tokenEndpoint().toString(),
            platform.jwksUri().toString(),
            List.of(registered.deploymentId()),
            universityId,
            false,
            false);
    return registrations.register(request);
  }

  /** e.g. "Moodle 4.5 (moodle.example.edu)". */
  static String platformName(PlatformConfiguration platform) {
    String product =
        platform.productFamilyCode().isBlank()
            ? "LTI platform"
            : Character.toUpperCase(platform.productFamilyCode().charAt(0))
                + platform.productFamilyCode().substring(1);
    String version = platform.version().isBlank() ? "" : " " + platform.version();
    String name = product + version + " (" + URI.create(platform.issuer()).getHost() + ")";
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  private PlatformConfiguration fetch(String configurationUrl, String registrationToken) {
    requireToken(registrationToken);
    URI url = PlatformConfiguration.configurationUrl(configurationUrl, config.devMode());
    return client.fetchConfiguration(url, registrationToken);
  }

  private static void requireToken(String registrationToken) {
    if (registrationToken != null
        && (registrationToken.length() > 8192
            || !registrationToken.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
      throw new DynamicRegistrationException(
          DynamicRegistrationException.Kind.BAD_REQUEST,
          "The registration_token is not a token: start the registration from the platform again.");
    }
  }

  ToolRegistration toolRegistration() {
    return new ToolRegistration(
        tool, "Kenes", "Program feedback, crowdsourced revisions, quizzes and certificates");
  }

  private Link usableLink(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      throw new NotAllowed(
          "Dynamic registration needs a registration link from Kenes: the Kenes operator creates"
              + " one under Platforms and gives it to you to paste as the tool URL.");
    }
    Link link =
        links
            .find(hash(secret))
            .orElseThrow(() -> new NotAllowed("This registration link is not known to Kenes."));
    if (!link.usableAt(clock.instant())) {
      throw new NotAllowed(
          link.usedAt() != null
              ? "This registration link was already used: ask the Kenes operator for a new one."
              : "This registration link has expired: ask the Kenes operator for a new one.");
    }
    return link;
  }

  private String universityName(Long universityId) {
    if (universityId == null) {
      return null;
    }
    return universities
        .find(universityId)
        .map(University::name)
        .orElseThrow(
            () -> new InvalidInput("universityId", "No university with id " + universityId + "."));
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Whether {@code e} is a refusal a page shows as it is. */
  public static boolean isShown(RuntimeException e) {
    return e instanceof DomainException || e instanceof DynamicRegistrationException;
  }
}
