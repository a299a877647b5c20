package kz.kenes.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import kz.kenes.platform.secret.ServerSecret;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.survey.application.InstrumentLibrary;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentRepository;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.InvitationRepository;
import kz.kenes.survey.domain.ItemKind;
import kz.kenes.survey.domain.PairCode;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.RoundKind;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRepository;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;

/**
 * The demo survey of dev mode: the starter instrument {@code program-satisfaction} asked about the
 * demo Agronomy program in a closed baseline round (60 to 30 days ago) and an open follow-up round
 * (until 60 days from the first start), with invented, reproducible responses of applicants,
 * employers and graduates in both rounds (a third of them linked across rounds), so that the report
 * has a before/after to show at once. Learners of the demo course answer the follow-up live; the
 * follow-up's invitation links have fixed tokens ({@link #LINKS}) so that the docs can name them.
 * Created once; later starts find it and change nothing.
 */
@ApplicationScoped
public class DemoSurveySeed {

  /** The demo survey's title. */
  public static final String TITLE = "Agronomy: satisfaction before and after the 2026 revision";

  /** The follow-up round's invitation tokens per group (dev mode only). */
  public static final Map<String, String> LINKS =
      Map.of(
          "applicant", "demo-applicants-link-0000000000000000000000",
          "employer", "demo-employers-link-00000000000000000000000",
          "graduate", "demo-graduates-link-00000000000000000000000");

  private static final Logger LOG = Logger.getLogger(DemoSurveySeed.class.getName());
  private static final String INSTRUMENT = "program-satisfaction";

  /** Respondents per group and round, and the share of "yes"-leaning answers before and after. */
  private record Cohort(String group, int before, int after, double meanBefore, double meanAfter) {}

  private static final List<Cohort> COHORTS =
      List.of(
          new Cohort("applicant", 40, 36, 2.2, 2.5),
          new Cohort("employer", 32, 28, 1.5, 2.0),
          new Cohort("graduate", 36, 30, 1.4, 1.9));

  @Inject SurveyRepository surveys;
  @Inject InstrumentRepository instruments;
  @Inject InvitationRepository invitations;
  @Inject ResponseRepository responses;
  @Inject ServerSecret secret;
  @Inject InstrumentLibrary library;
  @Inject ProgramCatalog programs;

  /**
   * Creates the demo survey unless it exists.
   *
   * @return whether it was created now
   */
  public boolean load(String universityCode, String programCode, Instant now) {
    EducationalProgram program =
        programs
            .list(kz.kenes.identity.domain.UniversityScope.ofOperator(), null, null, 0, 1000)
            .stream()
            .filter(p -> p.university().code().equals(universityCode))
            .filter(p -> p.code().equals(programCode))
            .findFirst()
            .orElseThrow();
    if (surveys.findAll(List.of(program.id()), 0, 1000).stream()
        .anyMatch(s -> s.title().equals(TITLE))) {
      return false;
    }
    Instrument instrument =
        instruments
            .findByCode(INSTRUMENT)
            .orElseGet(
                () ->
                    instruments.store(new Instrument(library.find(INSTRUMENT).orElseThrow(), now)));
    Survey survey = surveys.store(new Survey(TITLE, instrument, program.id(), null, now));
    Duration day = Duration.ofDays(1);
    SurveyRound baseline =
        surveys.addRound(
            survey.id(),
            RoundKind.BASELINE,
            "Before the revision",
            now.minus(day.multipliedBy(60)),
            now.minus(day.multipliedBy(30)),
            now);
    SurveyRound followUp =
        surveys.addRound(
            survey.id(),
            RoundKind.FOLLOW_UP,
            "After the revision",
            now.minus(day),
            now.plus(day.multipliedBy(60)),
            now);
    Random random = new Random(2026);
    for (Cohort cohort : COHORTS) {
      Invitation before = invite(baseline, cohort.group(), UUID.randomUUID().toString(), now);
      Invitation after = invite(followUp, cohort.group(), LINKS.get(cohort.group()), now);
      answer(survey, baseline, before, cohort.before(), cohort.meanBefore(), random, now);
      answer(survey, followUp, after, cohort.after(), cohort.meanAfter(), random, now);
    }
    LOG.info(
        () ->
            "Dev mode: demo survey created; invitation links of its open round: "
                + String.join(
                    ", ",
                    LINKS.values().stream().map(t -> InvitationService.PAGE_PATH + t).toList()));
    return true;
  }

  private Invitation invite(SurveyRound round, String group, String token, Instant now) {
    return invitations.store(
        new Invitation(
            round,
            InvitationService.hash(token),
            group,
            "Demo link",
            10_000,
            false,
            round.closesAt(),
            now));
  }

  private void answer(
      Survey survey,
      SurveyRound round,
      Invitation link,
      int count,
      double mean,
      Random random,
      Instant now) {
    // answered while the round was open: the baseline closed a month ago, and a closed round takes
    // no answers (the round's check is part of storing a submission)
    Instant at =
        now.isBefore(round.closesAt())
            ? now
            : round
                .opensAt()
                .plus(Duration.between(round.opensAt(), round.closesAt()).dividedBy(2));
    for (int n = 0; n < count; n++) {
      Map<String, Object> answers = answers(round, mean, random);
      AnswerSheet sheet =
          AnswerSheet.check(round.version(), answers, AnswerSheet.Completeness.SUBMISSION);
      String id =
          UUID.nameUUIDFromBytes(
                  (round.id() + "/" + link.groupCode() + "/" + n).getBytes(StandardCharsets.UTF_8))
              .toString();
      String pair =
          n % 3 == 0
              ? PairCode.of(secret.key(), survey.id(), "DEMO-" + link.groupCode() + "-" + n)
                  .orElseThrow()
                  .stored()
              : null;
      // written as if through the link but without counting its uses: the baseline link has
      // expired by now, and the demo's links should stay open for people clicking through
      responses.storeSubmission(
          () -> SurveyResponse.ofInvitation(link, id, pair, null, at),
          round.id(),
          "inv:" + id,
          null,
          sheet,
          at);
    }
  }

  /**
   * One respondent's answers: their own satisfaction drawn around the cohort's {@code mean}, each
   * scale answer scattered around it (so that the items hang together, as real ones do, and
   * Cronbach's alpha comes out high); one option of each choice item.
   */
  private static Map<String, Object> answers(SurveyRound round, double mean, Random random) {
    Map<String, Object> answers = new LinkedHashMap<>();
    double satisfaction = mean + random.nextGaussian() * 0.5;
    for (InstrumentItem item : round.version().items()) {
      if (item.kind() == ItemKind.SCALE) {
        long value = Math.round(satisfaction + random.nextGaussian() * 0.55);
        int answer = (int) Math.max(0, Math.min(3, value));
        answers.put(item.code(), item.reversed() ? 3 - answer : answer);
      } else if (item.kind() == ItemKind.SINGLE) {
        answers.put(item.code(), item.options().get(random.nextInt(item.options().size())).code());
      } else if (item.kind() == ItemKind.MULTIPLE) {
        List<String> chosen = new ArrayList<>();
        item.options().stream()
            .filter(o -> random.nextInt(3) == 0)
            .forEach(o -> chosen.add(o.code()));
        answers.put(item.code(), chosen);
      }
    }
    return answers;
  }
}
