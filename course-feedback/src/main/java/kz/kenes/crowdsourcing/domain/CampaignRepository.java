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

  /** Keeps the name a guest gave when joining (null: none). */
  void nameMember(long campaignId, String memberKey, String displayName);

  /** Takes the role given to {@code memberKey}; false when none was given. */
  boolean removeMember(long campaignId, String memberKey);

  /** The members among {@code memberKeys} with their given role, group and name, in one query. */
  List<CampaignPerson> membersAmong(long campaignId, Collection<String> memberKeys);

  /**
   * The people of a campaign as its members page lists them: those given a role or joined through a
   * link first, then those who took part (proposed, commented, voted) with the role their course
   * gives them; each by member key.
   */
  List<CampaignPerson> people(long campaignId, int offset, int limit);

  long countPeople(long campaignId);

  void audit(CampaignAuditEntry entry);

  /** The audit trail, newest first. */
  List<CampaignAuditEntry> auditOf(long campaignId, int offset, int limit);
}
