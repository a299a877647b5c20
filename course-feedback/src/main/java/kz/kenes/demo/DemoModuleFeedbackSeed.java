package kz.kenes.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.program.application.ModuleCatalog;
import kz.kenes.program.application.ModuleCommand;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ModuleOutline;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.application.ModuleFeedbackInstrument;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.ItemKind;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import kz.kenes.survey.domain.ModuleFeedbackLinkRepository;
import kz.kenes.survey.domain.ModuleRating;
import kz.kenes.survey.domain.ModuleRatingRepository;
import kz.kenes.survey.domain.StakeholderGroup;

/**
 * The demo module feedback of dev mode: module {@value #MODULE} of the demo Agronomy program gets a
 * second version (a revision that adds a competency), and both versions invented, reproducible
 * ratings of learners and of employers (through a demo module feedback link with the fixed token
 * {@link #LINK}), more than the privacy minimum each, so that the instructor's report and its
 * version comparison show data at once. Created once: a module that already has a second version is
 * left as it is.
 */
@ApplicationScoped
public class DemoModuleFeedbackSeed {

  /** The module rated. */
  static final String MODULE = "AGR-202";

  /** The demo module feedback link's token (dev mode only). */
  public static final String LINK = "demo-module-feedback-link-00000000000000000";

  private static final Logger LOG = Logger.getLogger(DemoModuleFeedbackSeed.class.getName());

  /** Respondents of a group for one module version, rating around {@code mean}. */
  private record Cohort(String group, int version, int count, double mean) {}

  private static final List<Cohort> COHORTS =
      List.of(
          new Cohort(StakeholderGroup.LEARNER, 1, 14, 1.6),
          new Cohort("employer", 1, 8, 1.3),
          new Cohort(StakeholderGroup.LEARNER, 2, 12, 2.3),
          new Cohort("employer", 2, 7, 2.1));

  @Inject ProgramCatalog programs;
  @Inject ModuleCatalog modules;
  @Inject ModuleFeedbackInstrument instruments;
  @Inject ModuleRatingRepository ratings;
  @Inject ModuleFeedbackLinkRepository links;

  /**
   * Revises the module and rates both versions unless it has a second version already.
   *
   * @return whether it was created now
   */
  public boolean load(String universityCode, String programCode, Instant now) {
    EducationalProgram program =
        programs.list(UniversityScope.ofOperator(), null, null, 0, 1000).stream()
            .filter(p -> p.university().code().equals(universityCode))
            .filter(p -> p.code().equals(programCode))
            .findFirst()
            .orElseThrow();
    ProgramModule module = program.module(MODULE).orElseThrow();
    if (module.currentVersion() >= 2) {
      return false;
    }
    ModuleOutline outline = module.current().content().outline();
    List<String> competencies = new java.util.ArrayList<>(outline.competencies());
    competencies.add("Plans pest control from field scouting and drone imagery");
    ProgramModule revised =
        modules.revise(
            UniversityScope.ofOperator(),
            program.id(),
            MODULE,
            new ModuleCommand(
                MODULE,
                module.title(),
                module.credits(),
                module.current().content().hours(),
                competencies,
                outline.learningOutcomes(),
                null));
    ModuleFeedbackLink link =
        links.store(
            new ModuleFeedbackLink(
                program.id(),
                List.of(),
                InvitationService.hash(LINK),
                "employer",
                "Demo link",
                10_000,
                false,
                null,
                null,
                now.plus(Duration.ofDays(365)),
                now));
    Random random = new Random(2026);
    for (Cohort cohort : COHORTS) {
      rate(revised.id(), cohort, link, random, now);
    }
    LOG.info(
        () ->
            "Dev mode: demo module feedback of "
                + MODULE
                + " created; its employers' link: /module-feedback/i/"
                + LINK);
    return true;
  }

  private void rate(
      long moduleId, Cohort cohort, ModuleFeedbackLink link, Random random, Instant now) {
    boolean learner = StakeholderGroup.LEARNER.equals(cohort.group());
    InstrumentVersion form = learner ? instruments.current() : instruments.outsiders();
    Instant at = now.minus(Duration.ofDays(cohort.version() == 1 ? 40 : 2));
    for (int n = 0; n < cohort.count(); n++) {
      AnswerSheet sheet =
          AnswerSheet.check(
              form, answers(form, cohort.mean(), random), AnswerSheet.Completeness.SUBMISSION);
      String key = "demo:" + cohort.group() + ":" + cohort.version() + ":" + n;
      ratings.store(
          () ->
              learner
                  ? ModuleRating.ofRespondent(moduleId, cohort.version(), key, cohort.group(), at)
                  : ModuleRating.ofInvitee(moduleId, cohort.version(), key, link, null, null, at),
          form,
          sheet,
          null,
          at);
    }
  }

  /** One respondent's scale answers, scattered around their own satisfaction. */
  private static Map<String, Object> answers(InstrumentVersion form, double mean, Random random) {
    Map<String, Object> answers = new LinkedHashMap<>();
    double satisfaction = mean + random.nextGaussian() * 0.5;
    for (InstrumentItem item : form.items()) {
      if (item.kind() == ItemKind.SCALE) {
        long value = Math.round(satisfaction + random.nextGaussian() * 0.55);
        answers.put(item.code(), (int) Math.max(0, Math.min(3, value)));
      }
    }
    return answers;
  }
}
