package kz.kenes.quiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.BankQuestionRepository;
import kz.kenes.quiz.domain.BankTag;

/**
 * Question banks ({@code bank_question}, tags in {@code bank_question_tag}): a tag filter is an
 * {@code exists} over the tag rows by kind and key, the same match as {@link BankQuestion#matches}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaBankQuestionRepository implements BankQuestionRepository {

  private static final String TAGGED =
      " and exists (select 1 from bank_question_tag t where t.question_id = q.id"
          + " and t.kind = ? and t.tag_key = ?)";

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<BankQuestion> find(long id) {
    return Optional.ofNullable(em.find(BankQuestion.class, id));
  }

  @Override
  public List<BankQuestion> findPage(
      long moduleId, String competency, String outcome, int offset, int limit) {
    List<Long> ids = ids("select q.id", moduleId, competency, outcome, offset, limit);
    List<BankQuestion> found = new ArrayList<>(findAll(ids));
    found.sort(java.util.Comparator.comparing(BankQuestion::id));
    return found;
  }

  @Override
  public long count(long moduleId, String competency, String outcome) {
    Query query = filtered("select count(*)", moduleId, competency, outcome, "");
    return ((Number) query.getSingleResult()).longValue();
  }

  @Override
  public List<Long> matchingIds(long moduleId, String competency, String outcome) {
    return ids("select q.id", moduleId, competency, outcome, 0, MAX_CANDIDATES);
  }

  private List<Long> ids(
      String select, long moduleId, String competency, String outcome, int offset, int limit) {
    Query query = filtered(select, moduleId, competency, outcome, " order by q.id");
    List<?> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
    return rows.stream().map(v -> ((Number) v).longValue()).toList();
  }

  private Query filtered(
      String select, long moduleId, String competency, String outcome, String order) {
    StringBuilder sql = new StringBuilder(select + " from bank_question q where q.module_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(moduleId);
    String c = BankTag.key(competency);
    if (c != null) {
      sql.append(TAGGED);
      params.add(BankTag.Kind.COMPETENCY.column());
      params.add(c);
    }
    String o = BankTag.key(outcome);
    if (o != null) {
      sql.append(TAGGED);
      params.add(BankTag.Kind.OUTCOME.column());
      params.add(o);
    }
    Query query = em.createNativeQuery(sql.append(order).toString());
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }

  @Override
  public List<BankQuestion> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<BankQuestion> found = new ArrayList<>();
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      found.addAll(
          em.createQuery("select q from BankQuestion q where q.id in :ids", BankQuestion.class)
              .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
              .getResultList());
    }
    return found;
  }

  @Override
  public Set<String> codes(long moduleId) {
    return new HashSet<>(
        em.createQuery("select q.code from BankQuestion q where q.moduleId = :module", String.class)
            .setParameter("module", moduleId)
            .getResultList());
  }

  @Override
  @Transactional
  public BankQuestion store(BankQuestion question) {
    BankQuestion stored = question.id() == null ? persist(question) : em.merge(question);
    em.flush();
    return stored;
  }

  private BankQuestion persist(BankQuestion question) {
    em.persist(question);
    return question;
  }

  @Override
  @Transactional
  public List<BankQuestion> storeAll(List<BankQuestion> questions) {
    List<BankQuestion> stored = new ArrayList<>();
    for (BankQuestion q : questions) {
      stored.add(q.id() == null ? persist(q) : em.merge(q));
    }
    em.flush();
    return stored;
  }

  @Override
  @Transactional
  public void remove(BankQuestion question) {
    BankQuestion managed = em.find(BankQuestion.class, question.id());
    if (managed != null) {
      em.remove(managed);
      em.flush();
    }
  }
}
