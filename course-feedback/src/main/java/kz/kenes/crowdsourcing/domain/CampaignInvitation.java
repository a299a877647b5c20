package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.Objects;
import kz.kenes.survey.domain.LinkTerms;

/**
 * A link that lets an expert or a participant without an LMS account join a campaign, with the role
 * and stakeholder group the link fixes. It follows the rules of every Kenes invitation link ({@link
 * LinkTerms}): only its token's SHA-256 is kept, it takes one person or up to a number, expires,
 * and is withdrawn by the organisers; a person who joined through it acts no more once it is
 * withdrawn or expired. Each person who joins is a guest member named {@link #guestKey}.
 */
public record CampaignInvitation(
    Long id,
    long campaignId,
    String tokenHash,
    CampaignRole role,
    String groupCode,
    String label,
    int maxUses,
    int uses,
    Instant expiresAt,
    Instant revokedAt,
    String createdBy,
    Instant createdAt) {

  /** The words of this kind of link's refusals. */
  public static final LinkTerms.Wording WORDING =
      new LinkTerms.Wording("the campaign's organisers", "members");

  /** The start of a guest's member key. */
  public static final String GUEST_PREFIX = "inv:";

  public CampaignInvitation {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(groupCode, "groupCode");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public LinkTerms terms() {
    return new LinkTerms(maxUses, uses, expiresAt, revokedAt);
  }

  /** {@code active}, {@code used-up}, {@code expired} or {@code revoked}. */
  public String state(Instant now) {
    return terms().state(now);
  }

  /** The member key of the {@code use}-th person who joined through link {@code linkId}. */
  public static String guestKey(long linkId, int use) {
    return GUEST_PREFIX + linkId + ":" + use;
  }

  /** The link a guest member key came through; -1 for a key that is no guest's. */
  public static long linkOf(String memberKey) {
    if (memberKey == null || !memberKey.startsWith(GUEST_PREFIX)) {
      return -1;
    }
    int colon = memberKey.indexOf(':', GUEST_PREFIX.length());
    try {
      return Long.parseLong(
          memberKey.substring(GUEST_PREFIX.length(), colon < 0 ? memberKey.length() : colon));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The use of its link a guest member key names ({@code 3} of {@code inv:7:3}); 0 for another key.
   */
  public static int useOf(String memberKey) {
    if (linkOf(memberKey) < 0) {
      return 0;
    }
    try {
      return Integer.parseInt(memberKey.substring(memberKey.lastIndexOf(':') + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
