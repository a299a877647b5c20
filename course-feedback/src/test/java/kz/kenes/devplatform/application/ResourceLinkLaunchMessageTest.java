package kz.kenes.devplatform.application;

import static kz.kenes.lti.LtiClaims.CONTEXT;
import static kz.kenes.lti.LtiClaims.LAUNCH_PRESENTATION;
import static kz.kenes.lti.LtiClaims.RESOURCE_LINK;
import static kz.kenes.lti.LtiClaims.TOOL_PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.launch.LaunchRequest;
import kz.kenes.lti.launch.LaunchValidator;
import kz.kenes.lti.launch.LtiLaunch;
import kz.kenes.lti.launch.ToolRole;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.security.state.LoginState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResourceLinkLaunchMessageTest {

  private static final URI KENES = URI.create("http://localhost:9381");
  private static final DevPlatform PLATFORM = new DevPlatform(KENES);
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final PlatformUser USER =
      new PlatformUser(
          "demo-learner",
          "Aruzhan Serikkyzy",
          "Aruzhan",
          "Serikkyzy",
          "aruzhan.serikkyzy@students.example.edu");
  private static final PlatformCourse COURSE =
      new PlatformCourse("demo-course-agronomy", "AGR-201", "Crop Production Technology");
  private static final PlatformRegistration REGISTRATION =
      new PlatformRegistration(
          42,
          DevPlatform.NAME,
          PLATFORM.issuer(),
          DevPlatform.CLIENT_ID,
          URI.create(PLATFORM.authUrl()),
          URI.create(PLATFORM.tokenUrl()),
          URI.create(PLATFORM.jwksUrl()),
          Set.of(DevPlatform.DEPLOYMENT_ID));

  private static DevPlatformCredentials credentials;

  @BeforeAll
  static void generateKey() {
    credentials = new DevPlatformCredentials(RsaJwk.generate(), MessageHints.withRandomKey(CLOCK));
  }

  @Test
  void carriesTheOpenIdConnectClaimsAndThePerson() {
    Map<String, Object> claims = claims(PlatformRole.LEARNER, "kk", DocumentTarget.IFRAME);

    assertThat(claims)
        .contains(
            entry("iss", "http://localhost:9381/dev/platform"),
            entry("aud", "kenes-dev-platform"),
            entry("sub", "demo-learner"),
            entry("nonce", "nonce-1"),
            entry("iat", NOW.getEpochSecond()),
            entry("exp", NOW.plusSeconds(300).getEpochSecond()),
            entry("name", "Aruzhan Serikkyzy"),
            entry("given_name", "Aruzhan"),
            entry("family_name", "Serikkyzy"),
            entry("email", "aruzhan.serikkyzy@students.example.edu"),
            entry("locale", "kk"));
  }

  @Test
  void carriesTheLtiClaimsOfAResourceLinkLaunch() {
    Map<String, Object> claims = claims(PlatformRole.INSTRUCTOR, "ru", DocumentTarget.IFRAME);
    String lti = "https://purl.imsglobal.org/spec/lti/claim/";

    assertThat(claims)
        .contains(
            entry(lti + "message_type", "LtiResourceLinkRequest"),
            entry(lti + "version", "1.3.0"),
            entry(lti + "deployment_id", "dev-deployment-1"),
            entry(lti + "target_link_uri", "http://localhost:9381/app"),
            entry(
                lti + "roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")));
    assertThat(claims.get(RESOURCE_LINK))
        .isEqualTo(Map.of("id", "demo-course-agronomy-kenes", "title", "Kenes: program feedback"));
    assertThat(claims.get(CONTEXT))
        .isEqualTo(
            Map.of(
                "id", "demo-course-agronomy",
                "label", "AGR-201",
                "title", "Crop Production Technology",
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
    assertThat(claims.get(LAUNCH_PRESENTATION))
        .isEqualTo(
            Map.of(
                "locale", "ru",
                "document_target", "iframe",
                "return_url", "http://localhost:9381/dev/platform"));
    assertThat(claims.get(TOOL_PLATFORM))
        .asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
        .containsEntry("guid", "kenes-dev-platform")
        .containsEntry("name", "Kenes development platform");
  }

  @Test
  void leavesOutPersonalDataThePlatformDoesNotHave() {
    PlatformUser anonymous = new PlatformUser("u-7", null, null, null, null);
    Map<String, Object> claims =
        ResourceLinkLaunchMessage.claims(
            PLATFORM,
            choice(PlatformRole.NO_ROLES, "en", DocumentTarget.WINDOW),
            anonymous,
            COURSE,
            "n",
            NOW);

    assertThat(claims).doesNotContainKeys("name", "given_name", "family_name", "email");
    assertThat(claims).containsEntry("https://purl.imsglobal.org/spec/lti/claim/roles", List.of());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PlatformRole.class)
  void passesKenesLaunchValidationWithEveryRoleSet(PlatformRole role) {
    LtiLaunch launch = launch(role, "ru", DocumentTarget.WINDOW);

    assertThat(launch.toolRole()).isEqualTo(role.kenesRole());
    assertThat(launch.roles()).isEqualTo(role.roles());
    assertThat(launch.subject()).isEqualTo("demo-learner");
    assertThat(launch.email()).isEqualTo(USER.email());
    assertThat(launch.deploymentId()).isEqualTo("dev-deployment-1");
    assertThat(launch.context())
        .get()
        .extracting(LtiLaunch.Context::id)
        .isEqualTo(COURSE.contextId());
    assertThat(launch.resourceLink())
        .get()
        .extracting(LtiLaunch.ResourceLink::id)
        .isEqualTo(COURSE.resourceLinkId());
    assertThat(launch.launchPresentation())
        .get()
        .satisfies(
            p -> {
              assertThat(p.locale()).isEqualTo("ru");
              assertThat(p.documentTarget()).isEqualTo("window");
            });
  }

  @Test
  void grantsAssignmentAndGradeServicesOnTheCoursesLineItems() {
    LtiLaunch launch = launch(PlatformRole.LEARNER, "en", DocumentTarget.IFRAME);
    assertThat(launch.agsEndpoint())
        .hasValueSatisfying(
            ags -> {
              assertThat(ags.scopes())
                  .contains("https://purl.imsglobal.org/spec/lti-ags/scope/score");
              assertThat(ags.lineitems()).startsWith(PLATFORM.issuer() + "/ags/lineitems?context=");
              assertThat(ags.lineitem()).isNull();
            });
  }

  @Test
  void mapsTheAdministratorToKenesAdmin() {
    assertThat(launch(PlatformRole.ADMIN, "en", DocumentTarget.IFRAME).toolRole())
        .isEqualTo(ToolRole.ADMIN);
  }

  /** Signs the id_token and runs it through lti-tool's LaunchValidator, as /lti/launch does. */
  private static LtiLaunch launch(PlatformRole role, String locale, DocumentTarget target) {
    InMemoryLoginStates states = new InMemoryLoginStates();
    states.save(
        new LoginState(
            "state-1",
            "nonce-1",
            REGISTRATION.id(),
            PLATFORM.targetLinkUri(),
            "browser",
            NOW.minusSeconds(5),
            NOW.plusSeconds(600)));
    String jwks = credentials.publicJwksJson();
    LaunchValidator validator =
        new LaunchValidator(
            registrations(),
            states,
            new PlatformKeySets(url -> jwks),
            new ToolConfiguration(KENES),
            CLOCK);
    String idToken = credentials.sign(claims(role, locale, target));
    return validator.validate(new LaunchRequest("state-1", idToken, "state-1", "browser"));
  }

  private static RegistrationLookup registrations() {
    return new RegistrationLookup() {
      @Override
      public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return Optional.of(REGISTRATION);
      }

      @Override
      public List<PlatformRegistration> findByIssuer(String issuer) {
        return List.of(REGISTRATION);
      }

      @Override
      public Optional<PlatformRegistration> findById(long id) {
        return Optional.of(REGISTRATION).filter(r -> r.id() == id);
      }
    };
  }

  private static Map<String, Object> claims(
      PlatformRole role, String locale, DocumentTarget target) {
    return ResourceLinkLaunchMessage.claims(
        PLATFORM, choice(role, locale, target), USER, COURSE, "nonce-1", NOW);
  }

  private static LaunchChoice choice(PlatformRole role, String locale, DocumentTarget target) {
    return new LaunchChoice(role, USER.subject(), COURSE.contextId(), locale, target);
  }
}
