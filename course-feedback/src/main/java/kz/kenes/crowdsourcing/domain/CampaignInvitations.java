package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The store of campaigns' invitation links. */
public interface CampaignInvitations {

  /** Stores a new link; the link with its id. */
  CampaignInvitation store(CampaignInvitation invitation);

  Optional<CampaignInvitation> find(long id);

  Optional<CampaignInvitation> findByTokenHash(String tokenHash);

  /** A campaign's links, newest first. */
  List<CampaignInvitation> findByCampaign(long campaignId, int offset, int limit);

  long countByCampaign(long campaignId);

  /**
   * Takes one use of the link if it is active at {@code now}, in one conditional update (two people
   * at once cannot take its last use): the use's number, or empty when it takes nobody.
   */
  OptionalInt use(long id, Instant now);

  /** Withdraws the link (once; a second withdrawal keeps the first time). */
  void revoke(long id, Instant now);
}
