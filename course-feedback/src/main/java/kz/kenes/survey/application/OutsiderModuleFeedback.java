package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.secret.ServerSecret;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.ModuleFeedback.Form;
import kz.kenes.survey.application.ModuleFeedback.Rated;
import kz.kenes.survey.application.ModuleFeedback.RatedModule;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.AnswerSheet.Completeness;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.InvitationUnavailable;
import kz.kenes.survey.domain.LinkTerms;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import kz.kenes.survey.domain.ModuleFeedbackLinkRepository;
import kz.kenes.survey.domain.ModuleRating;
import kz.kenes.survey.domain.ModuleRatingRepository;
import kz.kenes.survey.domain.PairCode;
import kz.kenes.survey.domain.UnknownInvitation;

/**
 * Module feedback through a link, the respondent's side (docs/module-feedback.md): the modules of
 * the link's program it asks about, each with where the respondent stands with it, a module's form
 * (its current version, with the outsiders' instrument), and the rating of that version. A
 * respondent is known by the submission id their page generated (a UUID, kept by their browser);
 * their first rating takes one use of the link, and one client address may be at most {@code
 * kenes.invitation.max-responses-per-client} respondents of a shared link, as with survey links.
 */
@ApplicationScoped
public class OutsiderModuleFeedback {

  private static final Pattern SUBMISSION_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject ModuleFeedbackLinkRepository links;
  @Inject ModuleRatingRepository ratings;
  @Inject ModuleFeedbackInstrument instrument;
  @Inject ProgramCatalog programs;
  @Inject ServerSecret secret;
  @Inject KenesConfig config;
  @Inject Clock clock;

  /** What a link's page lists: the program and the modules the link asks about. */
  public record Modules(
      ModuleFeedbackLink link,
      EducationalProgram program,
      List<RatedModule> modules,
      boolean respondent) {}

  /** The link behind a token, or a 404 ({@link UnknownInvitation}) that says nothing more. */
  public ModuleFeedbackLink open(String token) {
    if (!LinkTerms.wellFormed(token)) {
      throw new UnknownInvitation();
    }
    return links.findByTokenHash(InvitationService.hash(token)).orElseThrow(UnknownInvitation::new);
  }

  /**
   * The modules the link asks about, with the respondent's status of each; 410 when the link takes
   * no new respondent and {@code submissionId} is not one of its respondents.
   */
  public Modules modules(ModuleFeedbackLink link, String submissionId) {
    boolean respondent = requireOpenFor(link, submissionId);
    EducationalProgram program = program(link);
    List<ProgramModule> asked = asked(link, program);
    Map<Long, Integer> latest =
        respondent
            ? ratings.latestRatedVersions(
                key(submissionId), asked.stream().map(ProgramModule::id).toList())
            : Map.of();
    List<RatedModule> modules =
        asked.stream()
            .map(
                m ->
                    new RatedModule(
                        m,
                        ModuleRating.status(
                            Optional.ofNullable(latest.get(m.id())), m.currentVersion())))
            .toList();
    return new Modules(link, program, modules, respondent);
  }

  /** The form of one module of the link: 404 for a module the link does not ask about. */
  public Form form(ModuleFeedbackLink link, String submissionId, long moduleId) {
    boolean respondent = requireOpenFor(link, submissionId);
    ProgramModule module = askedModule(link, moduleId);
    int current = module.currentVersion();
    Optional<ModuleRating> rating =
        respondent ? ratings.find(moduleId, current, key(submissionId)) : Optional.empty();
    Map<Long, Integer> latest =
        respondent ? ratings.latestRatedVersions(key(submissionId), List.of(moduleId)) : Map.of();
    return new Form(
        module,
        current,
        instrument.outsiders(),
        ModuleRating.status(Optional.ofNullable(latest.get(moduleId)), current),
        rating.map(ratings::answersOf).orElse(Map.of()),
        rating.map(ModuleRating::updatedAt));
  }

  /**
   * Rates the current version of a module the link asks about, or changes that rating.
   *
   * @param expectedVersion the module version the form showed; null for the current one
   * @param pairCode the respondent's pairing code; ignored by an anonymous link
   * @param clientAddress the address of the client that sent it, for the per-client limit
   */
  public Rated rate(
      ModuleFeedbackLink link,
      String submissionId,
      long moduleId,
      Integer expectedVersion,
      String pairCode,
      Map<String, ?> answers,
      String clientAddress) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!isSubmissionId(submissionId)) {
      errors.put(
          "submissionId",
          "'submissionId' is required: a UUID the page generates once, so that your ratings of"
              + " several modules are known as one respondent's.");
    }
    PairCode pair = pair(link, pairCode, errors);
    InstrumentVersion form = instrument.outsiders();
    AnswerSheet sheet = sheet(form, answers, errors);
    InvalidSurveyInput.throwIfAny(errors);
    int version = ModuleRating.requireCurrent(expectedVersion, currentVersionAsked(link, moduleId));
    String key = key(submissionId);
    Instant now = clock.instant();
    String client = clientHash(link, clientAddress);
    if (!admit(link, key, client, clientAddress, now)) {
      link.requireChangeable(now);
    }
    String stored = pair == null ? null : pair.stored();
    ModuleRatingRepository.Stored saved =
        ratings.store(
            () -> ModuleRating.ofInvitee(moduleId, version, key, link, client, stored, now),
            form,
            sheet,
            null,
            now);
    return new Rated(saved.rating(), saved.created(), false);
  }

  /**
   * Lets a new respondent in, taking one use of the link (true); false for one who rated through
   * this link before. 409 for a submission id used with another link.
   */
  private boolean admit(
      ModuleFeedbackLink link, String key, String client, String address, Instant now) {
    Optional<Long> earlier = links.linkOfRespondent(key);
    if (earlier.isPresent()) {
      if (!earlier.get().equals(link.id())) {
        throw new Conflict(
            "This submission id was used with another invitation link: reload the page.");
      }
      return false;
    }
    link.requireAvailable(now);
    requireClientUnderLimit(link, client, address);
    if (links.takeUse(link.id())) {
      return true;
    }
    // the last use went to someone else meanwhile, or to this respondent's other request
    if (links.linkOfRespondent(key).isPresent()) {
      return false;
    }
    throw new InvitationUnavailable(
        "used-up",
        link.maxUses() == 1
            ? "This invitation link has already been used."
            : "This invitation link has reached its number of respondents.");
  }

  /**
   * Whether the submission id is a respondent of the link; refuses a new one the link takes not.
   */
  private boolean requireOpenFor(ModuleFeedbackLink link, String submissionId) {
    boolean respondent =
        isSubmissionId(submissionId)
            && links
                .linkOfRespondent(key(submissionId))
                .filter(id -> id.equals(link.id()))
                .isPresent();
    if (respondent) {
      link.requireChangeable(clock.instant());
    } else {
      link.requireAvailable(clock.instant());
    }
    return respondent;
  }

  private EducationalProgram program(ModuleFeedbackLink link) {
    try {
      return programs.find(link.programId());
    } catch (NotFound removed) {
      throw new UnknownInvitation();
    }
  }

  private static List<ProgramModule> asked(ModuleFeedbackLink link, EducationalProgram program) {
    List<Long> all = program.modules().stream().map(ProgramModule::id).toList();
    return program.modules().stream().filter(m -> link.asksAbout(m.id(), all)).toList();
  }

  /**
   * The current version of a module the link asks about, in one look-up (every rating asks); the
   * whole program's reading when it fails, for its exact refusal (a removed program, a module of
   * another program or not named by the link).
   */
  private int currentVersionAsked(ModuleFeedbackLink link, long moduleId) {
    Optional<Integer> current = programs.currentVersionOf(link.programId(), moduleId);
    if (current.isPresent() && link.asksAbout(moduleId, List.of(moduleId))) {
      return current.get();
    }
    return askedModule(link, moduleId).currentVersion();
  }

  private ProgramModule askedModule(ModuleFeedbackLink link, long moduleId) {
    return asked(link, program(link)).stream()
        .filter(m -> m.id() == moduleId)
        .findFirst()
        .orElseThrow(
            () -> new NotFound("This invitation link does not ask about module " + moduleId + "."));
  }

  private void requireClientUnderLimit(ModuleFeedbackLink link, String client, String address) {
    if (link.maxUses() == 1 || (address != null && config.unlimitedAddresses().contains(address))) {
      return;
    }
    int most = config.invitationResponsesPerClient();
    if (links.respondentsFromClient(link.id(), client) >= most) {
      throw new TooManyRequests(
          "too-many-answers-from-client",
          "This link has already taken "
              + most
              + " respondents from your network address, the most one address may give. If"
              + " several people share this address, ask whoever sent the link for one of your"
              + " own.",
          null);
    }
  }

  /** The client's key for this link: 32 hex digits of an HMAC of its address. */
  private String clientHash(ModuleFeedbackLink link, String clientAddress) {
    String address = clientAddress == null ? "" : clientAddress;
    return secret.hmacHex("module-link-client:" + link.id() + ":" + address).substring(0, 32);
  }

  private PairCode pair(ModuleFeedbackLink link, String pairCode, Map<String, String> errors) {
    if (link.anonymous()) {
      return null;
    }
    try {
      // salted with the program: ids come from one sequence, so no survey shares it
      return PairCode.of(secret.key(), link.programId(), pairCode).orElse(null);
    } catch (InvalidSurveyInput e) {
      errors.putAll(e.fieldErrors());
      return null;
    }
  }

  private static AnswerSheet sheet(
      InstrumentVersion form, Map<String, ?> answers, Map<String, String> errors) {
    try {
      return AnswerSheet.check(form, answers, Completeness.SUBMISSION);
    } catch (InvalidSurveyInput e) {
      errors.putAll(e.fieldErrors());
      return null;
    }
  }

  /** Whether the value is a submission id a page could have made. */
  public static boolean isSubmissionId(String value) {
    return value != null && SUBMISSION_ID.matcher(value).matches();
  }

  private static String key(String submissionId) {
    return ModuleRating.inviteeKey(submissionId.toLowerCase(Locale.ROOT));
  }
}
