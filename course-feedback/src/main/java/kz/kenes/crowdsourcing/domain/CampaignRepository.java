package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where campaigns, their given roles and their audit trail are kept. */
public interface CampaignRepository {

  Optional<Campaign> find(long id);

  /** The campaign, its row locked until the transaction ends (stage moves, votes). */
  Optional<Campaign> lock(long id);

  Campaign store(Campaign campaign);

  /**
   * Campaigns newest first: of the universities {@code universityIds} (null: every university),
   * optionally of one program.
   */
  List<Campaign> list(Collection<Long> universityIds, Long programId, int offset, int limit);

  long count(Collection<Long> universityIds, Long programId);

  /** The campaigns of these programs, newest first (the landing page of a course). */
  List<Campaign> ofPrograms(Collection<Long> programIds, int limit);

  Optional<CampaignMember> member(long campaignId, String memberKey);

  List<CampaignMember> members(long campaignId);

  /** Gives {@code member} their role and group in the campaign, replacing an earlier one. */
  void putMember(long campaignId, CampaignMember member, Instant now);

  void audit(CampaignAuditEntry entry);

  /** The audit trail, newest first. */
  List<CampaignAuditEntry> auditOf(long campaignId, int offset, int limit);
}
