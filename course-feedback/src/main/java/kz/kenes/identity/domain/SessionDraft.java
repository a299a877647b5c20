package kz.kenes.identity.domain;

import java.util.List;

/**
 * What a new session is opened for, before it has a token: how the caller came in, the platform
 * identity behind it (absent for the admin token) and the Kenes role it acts in.
 *
 * @param ltiRoles the LTI roles as the platform sent them (stored space-separated, cut at 4,000
 *     characters)
 * @param universityId the university of the launch's platform registration, null for none
 * @param operator whether the caller is the installation's operator (see {@link KenesSession})
 * @param locale kk, ru or en when the launch asked for one, else {@code null}
 * @param guestKey the member key of a campaign's guest ({@link KenesSession.Kind#INVITATION}); null
 *     otherwise
 */
public record SessionDraft(
    KenesSession.Kind kind,
    Long registrationId,
    String deploymentId,
    Long contextRef,
    Long resourceLinkRef,
    Long userRef,
    List<String> ltiRoles,
    KenesRole role,
    Long universityId,
    boolean operator,
    String locale,
    String guestKey) {

  public SessionDraft {
    ltiRoles = List.copyOf(ltiRoles);
  }

  /**
   * A session for a guest of a campaign, who came through its invitation link: a learner of the
   * campaign's university with no LMS identity, named by the member key {@code guestKey}.
   */
  public static SessionDraft guest(long universityId, String guestKey, String locale) {
    return new SessionDraft(
        KenesSession.Kind.INVITATION,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        KenesRole.LEARNER,
        universityId,
        false,
        locale,
        guestKey);
  }

  /** A session opened with the installation's admin token: an administrator with no launch. */
  public static SessionDraft adminToken(String locale) {
    return new SessionDraft(
        KenesSession.Kind.ADMIN_TOKEN,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        KenesRole.ADMIN,
        null,
        true,
        locale,
        null);
  }
}
