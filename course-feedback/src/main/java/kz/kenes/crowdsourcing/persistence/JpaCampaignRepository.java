package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignPerson;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Campaigns and their audit trail (JPA), given roles and guests ({@code campaign_member}, JDBC).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCampaignRepository implements CampaignRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  /** Most member keys one statement names. */
  private static final int CHUNK = 500;

  private Jdbc jdbc;

  @PostConstruct
  void init() {
    jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Campaign> find(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id));
  }

  @Override
  public Optional<Campaign> lock(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Campaign store(Campaign campaign) {
    if (campaign.id() == null) {
      em.persist(campaign);
    }
    em.flush();
    return campaign;
  }

  @Override
  public List<Campaign> list(
      Collection<Long> universityIds, Long programId, int offset, int limit) {
    TypedQuery<Campaign> query =
        em.createQuery(
            "select c from Campaign c where"
                + where(universityIds, programId)
                + " order by c.createdAt desc, c.id desc",
            Campaign.class);
    bind(query, universityIds, programId);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(Collection<Long> universityIds, Long programId) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(c) from Campaign c where" + where(universityIds, programId), Long.class);
    bind(query, universityIds, programId);
    return query.getSingleResult();
  }

  private static String where(Collection<Long> universityIds, Long programId) {
    String where = universityIds == null ? " 1 = 1" : " c.universityId in :universities";
    return programId == null ? where : where + " and c.programId = :program";
  }

  private static void bind(TypedQuery<?> query, Collection<Long> universityIds, Long programId) {
    if (universityIds != null) {
      query.setParameter(
          "universities", universityIds.isEmpty() ? List.of(-1L) : List.copyOf(universityIds));
    }
    if (programId != null) {
      query.setParameter("program", programId);
    }
  }

  @Override
  public List<Campaign> ofPrograms(Collection<Long> programIds, int limit) {
    if (programIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from Campaign c where c.programId in :programs"
                + " order by c.createdAt desc, c.id desc",
            Campaign.class)
        .setParameter("programs", List.copyOf(programIds))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<CampaignMember> member(long campaignId, String memberKey) {
    return jdbc
        .query(
            "select member_key, role, group_code from campaign_member"
                + " where campaign_id = ? and member_key = ?",
            JpaCampaignRepository::member,
            campaignId,
            memberKey)
        .stream()
        .findFirst();
  }

  @Override
  public List<CampaignMember> members(long campaignId) {
    return jdbc.query(
        "select member_key, role, group_code from campaign_member where campaign_id = ?"
            + " order by role, member_key",
        JpaCampaignRepository::member,
        campaignId);
  }

  private static CampaignMember member(java.sql.ResultSet rows) throws java.sql.SQLException {
    return new CampaignMember(
        rows.getString(1), CampaignRole.valueOf(rows.getString(2)), rows.getString(3));
  }

  @Override
  public void putMember(long campaignId, CampaignMember member, Instant now) {
    em.flush();
    int updated =
        jdbc.update(
            "update campaign_member set role = ?, group_code = ?"
                + " where campaign_id = ? and member_key = ?",
            member.role().name(),
            member.groupCode(),
            campaignId,
            member.memberKey());
    if (updated == 0) {
      jdbc.update(
          "insert into campaign_member (campaign_id, member_key, role, group_code, created_at)"
              + " values (?, ?, ?, ?, ?)",
          campaignId,
          member.memberKey(),
          member.role().name(),
          member.groupCode(),
          Timestamps.toColumn(now));
    }
  }

  @Override
  public void nameMember(long campaignId, String memberKey, String displayName) {
    em.flush();
    jdbc.update(
        "update campaign_member set display_name = ? where campaign_id = ? and member_key = ?",
        displayName,
        campaignId,
        memberKey);
  }

  @Override
  public boolean removeMember(long campaignId, String memberKey) {
    em.flush();
    return jdbc.update(
            "delete from campaign_member where campaign_id = ? and member_key = ?",
            campaignId,
            memberKey)
        > 0;
  }

  @Override
  public List<CampaignPerson> membersAmong(long campaignId, Collection<String> memberKeys) {
    List<String> keys = memberKeys.stream().distinct().toList();
    List<CampaignPerson> found = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += CHUNK) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
      List<Object> parameters = new ArrayList<>();
      parameters.add(campaignId);
      parameters.addAll(chunk);
      found.addAll(
          jdbc.query(
              "select member_key, role, group_code, display_name from campaign_member"
                  + " where campaign_id = ? and member_key in ("
                  + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                  + ")",
              JpaCampaignRepository::person,
              parameters.toArray()));
    }
    return found;
  }

  /**
   * Everyone with a member key in the campaign: given roles and guests, authors of proposals and
   * comments, voters (their groups in {@code campaign_participant}, V50); the group of a given
   * role, else the greatest of the groups they acted in.
   */
  private static final String PEOPLE =
      "select t.member_key, m.role, coalesce(m.group_code, t.group_code), m.display_name"
          + " from (select member_key, max(group_code) group_code from ("
          + " select member_key, group_code from campaign_member where campaign_id = ?"
          + " union all select member_key, group_code from campaign_participant"
          + " where campaign_id = ?"
          + ") a where member_key like 'lti:%' or member_key like 'inv:%'"
          + " group by member_key) t"
          + " left join campaign_member m on m.campaign_id = ? and m.member_key = t.member_key";

  @Override
  public List<CampaignPerson> people(long campaignId, int offset, int limit) {
    return jdbc.query(
        PEOPLE
            + " order by case when m.role is null then 1 else 0 end, t.member_key"
            + " offset ? rows fetch next ? rows only",
        JpaCampaignRepository::person,
        campaignId,
        campaignId,
        campaignId,
        offset,
        limit);
  }

  @Override
  public long countPeople(long campaignId) {
    return jdbc.query(
            "select count(*) from (" + PEOPLE + ") x",
            rows -> rows.getLong(1),
            campaignId,
            campaignId,
            campaignId)
        .get(0);
  }

  private static CampaignPerson person(java.sql.ResultSet rows) throws java.sql.SQLException {
    String role = rows.getString(2);
    return new CampaignPerson(
        rows.getString(1),
        Optional.ofNullable(role).map(CampaignRole::valueOf),
        rows.getString(3),
        rows.getString(4));
  }

  @Override
  public void audit(CampaignAuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<CampaignAuditEntry> auditOf(long campaignId, int offset, int limit) {
    return em.createQuery(
            "select a from CampaignAuditEntry a where a.campaignId = :campaign"
                + " order by a.createdAt desc, a.id desc",
            CampaignAuditEntry.class)
        .setParameter("campaign", campaignId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }
}
