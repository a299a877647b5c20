package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.text.UntrustedText;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.CourseDeliveries;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import kz.kenes.survey.domain.ModuleFeedbackLinkRepository;
import kz.kenes.survey.domain.StakeholderGroupRepository;

/**
 * Module feedback links, the staff side (docs/module-feedback.md, "Employers, graduates and other
 * outsiders"): an administrator, or an instructor launched from a course that delivers modules of
 * the program, makes a link that asks outsiders about the program's modules; the link is shown once
 * (only its token's SHA-256 is kept), listed, and withdrawn on request.
 */
@ApplicationScoped
public class ModuleFeedbackLinks {

  /** Path of the respondent's page of a link; the token follows. */
  public static final String PAGE_PATH = "/module-feedback/i/";

  /** How long a link lasts when the request names no expiry. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

  /** The most modules one link may name (a program has fewer). */
  public static final int MAX_MODULES = 200;

  /** The most programs the staff page offers to choose from. */
  static final int MAX_PROGRAMS = 500;

  @Inject ModuleFeedbackLinkRepository links;
  @Inject ProgramCatalog programs;
  @Inject CourseDeliveries deliveries;
  @Inject SurveyAccess access;
  @Inject StakeholderGroupRepository groups;
  @Inject KenesConfig config;
  @Inject Clock clock;

  /**
   * A new link as requested.
   *
   * @param moduleIds the modules to ask about; null or empty for every module of the program
   * @param maxUses how many respondents it takes; null for one
   * @param expiresAt ISO-8601 instant; null for {@link #DEFAULT_LIFETIME} from now
   */
  public record NewLink(
      Long programId,
      List<Long> moduleIds,
      String group,
      Integer maxUses,
      String expiresAt,
      Boolean anonymous,
      String label) {}

  /** A link just made: the only moment its token is known. */
  public record Created(ModuleFeedbackLink link, String token, String url) {}

  /** A page of links, with how many there are in all. */
  public record Page(List<ModuleFeedbackLink> links, long total) {}

  /**
   * Makes a link; from the staff page form {@code formId} (null: not from a form), which the caller
   * checked with {@link #madeByForm} first.
   */
  public Created create(Staff staff, NewLink command, String formId) {
    if (command == null) {
      throw InvalidSurveyInput.of("body", "Send the link as JSON.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (command.programId() == null) {
      errors.put("programId", "'programId' is required: the program whose modules to ask about.");
      InvalidSurveyInput.throwIfAny(errors);
    }
    EducationalProgram program = requireCovers(staff, command.programId());
    Instant now = clock.instant();
    List<Long> modules = modules(program, command.moduleIds(), errors);
    if (groups.find(command.group()).isEmpty()) {
      errors.put(
          "group",
          "'group' must be a stakeholder group: "
              + String.join(", ", groups.findAll().stream().map(g -> g.code()).toList())
              + ".");
    }
    int maxUses = command.maxUses() == null ? 1 : command.maxUses();
    if (maxUses < 1 || maxUses > InvitationService.MAX_USES) {
      errors.put("maxUses", "'maxUses' must be between 1 and " + InvitationService.MAX_USES + ".");
    }
    Instant expires = SurveyCommands.instant("expiresAt", command.expiresAt(), errors);
    Instant expiresAt = expires == null ? now.plus(DEFAULT_LIFETIME) : expires;
    if (!errors.containsKey("expiresAt") && !expiresAt.isAfter(now)) {
      errors.put("expiresAt", "'expiresAt' must be in the future.");
    }
    String label = label(command.label(), errors);
    InvalidSurveyInput.throwIfAny(errors);
    String token = InvitationService.newToken();
    ModuleFeedbackLink link =
        new ModuleFeedbackLink(
            program.id(),
            modules,
            InvitationService.hash(token),
            command.group(),
            label,
            maxUses,
            Boolean.TRUE.equals(command.anonymous()),
            staff.session().map(s -> s.contextRef()).orElse(null),
            formId,
            expiresAt,
            now);
    links.store(link);
    return new Created(link, token, url(token));
  }

  /** The link the staff page form {@code formId} already made for the program, if any. */
  public Optional<ModuleFeedbackLink> madeByForm(long programId, String formId) {
    return formId == null ? Optional.empty() : links.findByForm(programId, formId);
  }

  /**
   * A page of the links of the programs the caller may see (their course's programs for an
   * instructor, their university's for an administrator), newest first.
   */
  public Page list(Staff staff, int offset, int limit) {
    List<Long> visible = access.visiblePrograms(staff);
    return new Page(links.findPage(visible, offset, limit), links.count(visible));
  }

  /** The programs the caller may make links for, by name. */
  public List<EducationalProgram> programs(Staff staff) {
    List<Long> visible = access.visiblePrograms(staff);
    if (visible == null) {
      return programs.search(staff.scope(), "", true, MAX_PROGRAMS).programs();
    }
    List<EducationalProgram> found = new ArrayList<>();
    for (Long id : visible.stream().limit(MAX_PROGRAMS).toList()) {
      try {
        found.add(programs.find(id));
      } catch (NotFound removedMeanwhile) {
        // a program removed since the list was read is not offered
      }
    }
    return found;
  }

  /** Withdraws a link: it takes no answer afterwards. 404 unknown, 403 another's. */
  public ModuleFeedbackLink revoke(Staff staff, long linkId) {
    return links.revoke(find(staff, linkId).id(), clock.instant());
  }

  /** A link the caller may see: 404 unknown, 403 one of a program not theirs. */
  public ModuleFeedbackLink find(Staff staff, long linkId) {
    ModuleFeedbackLink link =
        links
            .find(linkId)
            .orElseThrow(() -> new NotFound("There is no module feedback link " + linkId + "."));
    requireCovers(staff, link.programId());
    return link;
  }

  public String url(String token) {
    String base = config.publicUrl().toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PAGE_PATH + token;
  }

  /**
   * The program, if the caller may ask outsiders about it: 404 unknown; 403 for another
   * university's, or for an instructor whose course delivers none of its modules.
   */
  private EducationalProgram requireCovers(Staff staff, long programId) {
    EducationalProgram program = programs.find(programId);
    staff.scope().require(program.university().id(), "Program " + programId);
    Optional<Long> course = staff.course();
    if (course.isPresent() && !deliveries.delivers(course.get(), programId)) {
      throw new NotAllowed(
          "Program "
              + programId
              + " is not delivered by the course you launched Kenes from: launch Kenes from a"
              + " course that delivers its modules.");
    }
    return program;
  }

  private static List<Long> modules(
      EducationalProgram program, List<Long> requested, Map<String, String> errors) {
    if (requested == null || requested.isEmpty()) {
      return List.of();
    }
    if (requested.size() > MAX_MODULES) {
      errors.put("moduleIds", "A link names at most " + MAX_MODULES + " modules.");
      return List.of();
    }
    List<Long> ofProgram = program.modules().stream().map(ProgramModule::id).toList();
    List<Long> chosen = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      Long id = requested.get(i);
      if (id == null || !ofProgram.contains(id)) {
        errors.put(
            "moduleIds[" + i + "]",
            "Module " + id + " is not a module of program " + program.id() + ".");
      } else if (!chosen.contains(id)) {
        chosen.add(id);
      }
    }
    return chosen;
  }

  private static String label(String given, Map<String, String> errors) {
    String label = given == null || given.isBlank() ? null : given.strip();
    if (label != null && label.length() > 200) {
      errors.put("label", "'label' is longer than 200 characters.");
    } else if (UntrustedText.containsNul(label)) {
      errors.put("label", UntrustedText.nulMessage("label"));
    }
    return label;
  }
}
