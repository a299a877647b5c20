package kz.kenes.crowdsourcing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The counts behind the effectiveness figures, counted in the database. Hidden proposals are not
 * counted (a moderator hid them as no contribution); merged ones are (each was an idea proposed).
 */
public interface CampaignFigureQueries {

  /**
   * Totalks and Outks per campaign of {@code campaignIds}; a campaign without proposals is absent.
   */
  Map<Long, Effectiveness> effectiveness(Collection<Long> campaignIds);

  /** Per stakeholder group of one campaign: participants, proposals, accepted proposals. */
  List<GroupFigures> perGroup(long campaignId);

  /**
   * One group's figures.
   *
   * @param participants distinct people of the group who proposed, commented or voted
   */
  record GroupFigures(String groupCode, long participants, long proposals, long accepted) {}
}
