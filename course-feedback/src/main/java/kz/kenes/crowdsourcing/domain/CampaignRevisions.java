package kz.kenes.crowdsourcing.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which campaign a revision record came from: the draft a campaign's accepted proposals go into
 * (one open draft per campaign and program) stays linked to the campaign after it is sealed.
 */
public interface CampaignRevisions {

  /** The open draft revision of the program that the campaign's acceptances extend, if any. */
  Optional<Long> openDraft(long campaignId, long programId);

  /** Marks the revision as the campaign's. */
  void attach(long revisionId, long campaignId);

  /** The campaign a revision came from, if it came from one. */
  Optional<Long> campaignOf(long revisionId);

  /** The ids of the revisions that came from the campaign, newest first. */
  List<Long> revisions(long campaignId);
}
