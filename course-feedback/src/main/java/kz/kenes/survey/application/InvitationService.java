package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.text.UntrustedText;
import kz.kenes.survey.application.SurveyCommands.NewInvitation;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.InvitationRepository;
import kz.kenes.survey.domain.LinkTerms;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.RoundClosed;
import kz.kenes.survey.domain.RoundStatus;
import kz.kenes.survey.domain.StakeholderGroupRepository;
import kz.kenes.survey.domain.SurveyRound;
import kz.kenes.survey.domain.UnknownInvitation;

/**
 * Invitation links: made by staff for a round and a stakeholder group, shown once (only the token's
 * SHA-256 is kept), resolved when a respondent opens one, and withdrawn on request.
 */
@ApplicationScoped
public class InvitationService {

  /** The most responses one link may take. */
  public static final int MAX_USES = LinkTerms.MAX_USES;

  /** Path of the respondent's page of a link; the token follows. */
  public static final String PAGE_PATH = "/survey/i/";

  @Inject InvitationRepository links;
  @Inject ResponseRepository responses;
  @Inject StakeholderGroupRepository groups;
  @Inject KenesConfig config;
  @Inject Clock clock;

  /** A link just made: the only moment its token is known. */
  public record Created(Invitation invitation, String token, String url) {}

  public Created create(SurveyRound round, NewInvitation command) {
    return create(round, command, null);
  }

  /**
   * Makes a link for the staff page form {@code formId} (null: not from a form). The caller checks
   * {@link #madeByForm} first; two sends of one form at the same moment are told apart by the
   * unique index on (round, form id), which refuses the second.
   */
  public Created create(SurveyRound round, NewInvitation command, String formId) {
    if (command == null) {
      throw InvalidSurveyInput.of("body", "Send the invitation as JSON.");
    }
    Instant now = clock.instant();
    if (round.status(now) == RoundStatus.CLOSED) {
      throw new RoundClosed(
          "This survey round is closed: a new link could take no answer. Reopen the round first.");
    }
    Checked checked = check(round, command, now);
    String token = newToken();
    Invitation invitation =
        new Invitation(
            round,
            hash(token),
            command.group(),
            checked.label(),
            checked.maxUses(),
            Boolean.TRUE.equals(command.anonymous()),
            checked.expiresAt(),
            now);
    links.store(formId == null ? invitation : invitation.madeByForm(formId));
    return new Created(invitation, token, url(token));
  }

  /** A new link's settings as checked: its label (stripped), uses and expiry. */
  private record Checked(String label, int maxUses, Instant expiresAt) {}

  private Checked check(SurveyRound round, NewInvitation command, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (groups.find(command.group()).isEmpty()) {
      errors.put(
          "group",
          "'group' must be a stakeholder group: "
              + String.join(", ", groups.findAll().stream().map(g -> g.code()).toList())
              + ".");
    }
    int maxUses = command.maxUses() == null ? 1 : command.maxUses();
    if (maxUses < 1 || maxUses > MAX_USES) {
      errors.put("maxUses", "'maxUses' must be between 1 and " + MAX_USES + ".");
    }
    Instant expires = SurveyCommands.instant("expiresAt", command.expiresAt(), errors);
    Instant expiresAt = expires == null ? round.closesAt() : expires;
    if (!errors.containsKey("expiresAt") && !expiresAt.isAfter(now)) {
      errors.put("expiresAt", "'expiresAt' must be in the future.");
    }
    String label = command.label() == null || command.label().isBlank() ? null : command.label();
    if (label != null && label.strip().length() > 200) {
      errors.put("label", "'label' is longer than 200 characters.");
    } else if (UntrustedText.containsNul(label)) {
      errors.put("label", UntrustedText.nulMessage("label"));
    }
    InvalidSurveyInput.throwIfAny(errors);
    return new Checked(label == null ? null : label.strip(), maxUses, expiresAt);
  }

  /** The link the staff page form {@code formId} already made in the round, if any. */
  public Optional<Invitation> madeByForm(SurveyRound round, String formId) {
    return formId == null ? Optional.empty() : links.findByForm(round.id(), formId);
  }

  /** The link behind a token, or a 404 that says nothing more. */
  public Invitation resolve(String token) {
    if (token == null || !LinkTerms.wellFormed(token)) {
      throw new UnknownInvitation();
    }
    return links.findByTokenHash(hash(token)).orElseThrow(UnknownInvitation::new);
  }

  public List<Invitation> list(SurveyRound round) {
    return links.findAll(round.id());
  }

  /**
   * For each link of the round that took responses, the most that came from one client address:
   * what the staff page shows so that one person answering a shared link many times is seen.
   */
  public Map<Long, Integer> mostFromOneClient(SurveyRound round) {
    return responses.mostFromOneClient(round.id());
  }

  public Invitation revoke(SurveyRound round, long invitationId) {
    Invitation invitation =
        links
            .find(invitationId)
            .filter(i -> i.round().id().equals(round.id()))
            .orElseThrow(
                () ->
                    new NotFound(
                        "Round " + round.id() + " has no invitation " + invitationId + "."));
    return links.revoke(invitation.id(), clock.instant());
  }

  public String url(String token) {
    String base = config.publicUrl().toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PAGE_PATH + token;
  }

  static String newToken() {
    return LinkTerms.newToken();
  }

  public static String hash(String token) {
    return LinkTerms.hash(token);
  }
}
