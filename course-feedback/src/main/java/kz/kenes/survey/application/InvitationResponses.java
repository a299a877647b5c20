package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.secret.ServerSecret;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.AnswerSheet.Completeness;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.PairCode;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;

/**
 * Answers through an invitation link, keyed by the submission id the respondent's page generated,
 * so a retried submission finds its response instead of making a second one or using the link
 * twice. A request resolves the link once ({@link #open}) and hands it on. Each new response keeps
 * which client sent it (an HMAC of the client address, under the server secret and the link), and
 * one client may give at most {@code kenes.invitation.max-responses-per-client} responses through
 * one link, so a shared link cannot quietly be answered a thousand times from one machine.
 */
@ApplicationScoped
public class InvitationResponses {

  private static final Pattern SUBMISSION_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject InvitationService invitations;
  @Inject ResponseRepository responses;
  @Inject ResponseForms forms;
  @Inject Submissions submissions;
  @Inject ServerSecret secret;
  @Inject KenesConfig config;
  @Inject Clock clock;

  /** The link behind a token, or {@link kz.kenes.survey.domain.UnknownInvitation}. */
  public Invitation open(String token) {
    return invitations.resolve(token);
  }

  /**
   * The form of the link; with the id of a submission made through it, that response's answers. A
   * link that takes no new respondent refuses ({@link
   * kz.kenes.survey.domain.InvitationUnavailable}) unless the submission was made.
   */
  public ResponseForm form(Invitation invitation, String submissionId) {
    Optional<SurveyResponse> response =
        isSubmissionId(submissionId)
            ? earlier(invitation, submissionId).filter(r -> madeThrough(r, invitation))
            : Optional.empty();
    if (response.isEmpty()) {
      invitation.requireAvailable(clock.instant());
    } else {
      invitation.requireChangeable(clock.instant());
    }
    return forms.of(invitation.round(), response, invitation.anonymous());
  }

  /**
   * Submits a response through the link.
   *
   * @param clientAddress the address of the client that sent it, for the per-client limit
   */
  public Receipt submit(
      Invitation invitation,
      String submissionId,
      String pairCode,
      Map<String, ?> answers,
      String clientAddress) {
    SurveyRound round = invitation.round();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!isSubmissionId(submissionId)) {
      errors.put(
          "submissionId",
          "'submissionId' is required: a UUID the page generates once, so that a retried"
              + " submission is recognised.");
    }
    PairCode pair = pair(round, pairCode, errors);
    AnswerSheet sheet = sheet(round, answers, errors);
    InvalidSurveyInput.throwIfAny(errors);
    Instant now = clock.instant();
    Optional<SurveyResponse> earlier = earlier(invitation, submissionId);
    if (earlier.isPresent() && !madeThrough(earlier.get(), invitation)) {
      throw new Conflict(
          "This submission id was used with another invitation link: reload the page.");
    }
    String client = clientHash(invitation, clientAddress);
    if (earlier.isEmpty()) {
      invitation.requireAvailable(now);
      requireClientUnderLimit(invitation, client, clientAddress);
    } else {
      invitation.requireChangeable(now);
    }
    String stored = pair == null || invitation.anonymous() ? null : upgraded(round, pair);
    String id = submissionId.toLowerCase();
    return submissions.submit(
        () -> SurveyResponse.ofInvitation(invitation, id, stored, client, now),
        round,
        "inv:" + id,
        invitation,
        sheet,
        now);
  }

  private Optional<SurveyResponse> earlier(Invitation invitation, String submissionId) {
    return responses.find(invitation.round().id(), "inv:" + submissionId.toLowerCase());
  }

  private static boolean madeThrough(SurveyResponse response, Invitation invitation) {
    return response.invitationId().orElse(-1L).equals(invitation.id());
  }

  /** The client's key for this link: 32 hex digits of an HMAC of its address. */
  private String clientHash(Invitation invitation, String clientAddress) {
    String address = clientAddress == null ? "" : clientAddress;
    return secret.hmacHex("invitation-client:" + invitation.id() + ":" + address).substring(0, 32);
  }

  private void requireClientUnderLimit(Invitation invitation, String client, String address) {
    if (invitation.maxUses() == 1
        || (address != null && config.unlimitedAddresses().contains(address))) {
      return;
    }
    int most = config.invitationResponsesPerClient();
    if (responses.countByClient(invitation.id(), client) >= most) {
      throw new TooManyRequests(
          "too-many-answers-from-client",
          "This link has already taken "
              + most
              + " responses from your network address, the most one address may give. If"
              + " several people share this address, ask the survey's organisers for a link of"
              + " your own.",
          null);
    }
  }

  /**
   * The stored form of the code; responses that kept the code in its old bare-hash form are
   * rewritten to it, so that they still pair with this one.
   */
  private String upgraded(SurveyRound round, PairCode pair) {
    responses.upgradePairCode(round.survey().id(), pair.legacy(), pair.stored());
    return pair.stored();
  }

  private PairCode pair(SurveyRound round, String pairCode, Map<String, String> errors) {
    try {
      return PairCode.of(secret.key(), round.survey().id(), pairCode).orElse(null);
    } catch (InvalidSurveyInput e) {
      errors.putAll(e.fieldErrors());
      return null;
    }
  }

  private static AnswerSheet sheet(
      SurveyRound round, Map<String, ?> answers, Map<String, String> errors) {
    try {
      return AnswerSheet.check(round.version(), answers, Completeness.SUBMISSION);
    } catch (InvalidSurveyInput e) {
      errors.putAll(e.fieldErrors());
      return null;
    }
  }

  private static boolean isSubmissionId(String value) {
    return value != null && SUBMISSION_ID.matcher(value).matches();
  }
}
