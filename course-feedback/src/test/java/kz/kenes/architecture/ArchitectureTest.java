package kz.kenes.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md (§ "Packages and dependency rules" of
 * course-feedback) as tests, so that the document and the code cannot disagree. Each rule names the
 * rule of the document it enforces; change both together.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("kz.kenes");

  /** The bounded contexts: each holds domain, application, api, persistence and web layers. */
  static final String[] CONTEXTS = {
    "kz.kenes.identity..",
    "kz.kenes.program..",
    "kz.kenes.survey..",
    "kz.kenes.analytics..",
    "kz.kenes.crowdsourcing.."
  };

  @Test
  void noCyclesBetweenContexts() {
    ArchRule rule =
        slices()
            .matching("kz.kenes.(*)..")
            .should()
            .beFreeOfCycles()
            .because("architecture.md rule 1: no cycles between contexts");
    rule.check(CLASSES);
  }

  @Test
  void onlyTheLtiAdapterImportsLtiTool() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("kz.kenes.integration.lti..", "kz.kenes.devplatform..")
            .and()
            .resideOutsideOfPackage("kz.kenes.lti..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.kenes.lti..")
            .because(
                "architecture.md rule 2: integration.lti is the only place that imports lti-tool"
                    + " (and the development platform, which plays an LMS)");
    rule.check(CLASSES);
  }

  @Test
  void contextsNeverImportTheLtiAdapter() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(CONTEXTS)
            .or()
            .resideInAPackage("kz.kenes.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.kenes.integration..")
            .because(
                "architecture.md rule 3: contexts never import integration.lti; they see a caller"
                    + " only as an identity session");
    rule.check(CLASSES);
  }

  @Test
  void platformDependsOnNoContext() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("kz.kenes.platform..")
            .should()
            .dependOnClassesThat(
                resideInAPackage("kz.kenes..")
                    .and(resideOutsideOfPackage("kz.kenes.platform.."))
                    .and(resideOutsideOfPackage("kz.kenes.lti..")))
            .because("architecture.md rule 4: platform depends on nothing else in Kenes");
    rule.check(CLASSES);
  }

  @Test
  void noHttpInDomainOrApplication() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("kz.kenes..domain..", "kz.kenes..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
            .because(
                "architecture.md rule 5: application services raise domain exceptions; only api and"
                    + " web know HTTP");
    rule.check(CLASSES);
  }

  @Test
  void domainDependsOnNoOuterLayer() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("kz.kenes..domain..")
            .should()
            .dependOnClassesThat(
                resideInAnyPackage(
                        "kz.kenes..application..",
                        "kz.kenes..api..",
                        "kz.kenes..web..",
                        "kz.kenes..persistence..")
                    .and(resideOutsideOfPackage("kz.kenes.platform..")))
            .because(
                "architecture.md rule 6: api -> application -> domain <- persistence (platform's"
                    + " column helpers excepted: entities are domain classes)");
    rule.check(CLASSES);
  }

  @Test
  void applicationDependsOnNoAdapter() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(CONTEXTS)
            .and()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("kz.kenes..api..", "kz.kenes..web..")
            .because("architecture.md rule 6: api -> application -> domain <- persistence");
    rule.check(CLASSES);
  }

  @Test
  void persistenceOnlyThroughInterfaces() {
    ArchRule rule =
        classes()
            .that()
            .resideInAnyPackage(CONTEXTS)
            .and()
            .resideInAPackage("..persistence..")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAPackage("..persistence..")
            .because(
                "architecture.md rule 7: persistence classes are used only through the repository"
                    + " interfaces of their domain");
    rule.check(CLASSES);
  }

  @Test
  void ltiTablesStayInTheLtiAdapter() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("kz.kenes.integration.lti.persistence..")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAPackage("kz.kenes.integration.lti..")
            .because(
                "architecture.md rule 7: the development platform and the demo seed ask the LTI"
                    + " adapter's one identity query set, never its tables");
    rule.check(CLASSES);
  }
}
