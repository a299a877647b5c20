package kz.kenes.survey.domain;

import kz.kenes.platform.domain.Gone;

/**
 * The invitation link takes no new respondent: used up, expired or withdrawn ({@code
 * invitation-unavailable}); {@link #state()} says which.
 */
public class InvitationUnavailable extends Gone {

  public static final String REASON = "invitation-unavailable";

  private final String state;

  /**
   * @param state {@code used-up}, {@code expired} or {@code revoked}
   */
  public InvitationUnavailable(String state, String message) {
    super(REASON, message);
    this.state = state;
  }

  /** {@code used-up}, {@code expired} or {@code revoked}. */
  public String state() {
    return state;
  }
}
