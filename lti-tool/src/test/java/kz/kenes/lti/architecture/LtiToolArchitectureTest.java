package kz.kenes.lti.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md for {@code lti-tool}, so that the document and the code cannot
 * disagree. Each rule names the section it enforces.
 */
class LtiToolArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("kz.kenes.lti");

  @Test
  void noJakartaApis() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "javax.ws..", "javax.persistence..", "javax.inject..")
            .because("architecture.md § Modules: lti-tool is plain Java 17, no Jakarta EE API");
    rule.check(CLASSES);
  }

  @Test
  void noKenesApplicationCode() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat(
                resideInAPackage("kz.kenes..").and(resideOutsideOfPackage("kz.kenes.lti..")))
            .because(
                "architecture.md § Modules: lti-tool knows nothing of surveys, programs or quizzes");
    rule.check(CLASSES);
  }

  @Test
  void onlySecurityJwtImportsNimbus() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("kz.kenes.lti.security.jwt..", "kz.kenes.lti.services..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.nimbusds.jose..", "com.nimbusds.jwt..")
            .because(
                "architecture.md § lti-tool: security.jwt is the only package that imports the JOSE"
                    + " library, services (the OAuth 2.0 SDK's token request) the only other");
    rule.check(CLASSES);
  }

  @Test
  void onlyProtocolClientsImportTheOAuthSdk() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(
                "kz.kenes.lti.security.jwt..",
                "kz.kenes.lti.services..",
                "kz.kenes.lti.registration.dynamic..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.nimbusds.oauth2..", "com.nimbusds.openid..")
            .because(
                "architecture.md § lti-tool: the OAuth 2.0 / OpenID Connect SDK serves the service"
                    + " clients and dynamic registration only");
    rule.check(CLASSES);
  }

  @Test
  void storageOnlyThroughInterfaces() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..")
            .because(
                "architecture.md § lti-tool: storage is reached only through RegistrationLookup,"
                    + " LoginStateStore and ToolKeyStore; lti-tool never opens a connection");
    rule.check(CLASSES);
  }
}
