package kz.kenes.integration.lti.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import kz.kenes.identity.domain.CoursePeople;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.platform.persistence.AfterTransaction;
import kz.kenes.platform.persistence.SqlDialect;

/**
 * {@link CoursePeople} over {@code lti_course_person} (V48), which each launch from a course
 * updates ({@link #record}), and the folded names of {@code lti_user.search_name}. One query for a
 * page and one for the count; the courses and the query are parameters, never SQL text.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LtiCoursePeople implements CoursePeople {

  /** Most courses one search looks in (a program is delivered by far fewer). */
  static final int MAX_COURSES = 500;

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  private record Seen(long contextRef, long userRef) {}

  /**
   * The rows this node wrote within the last {@link IdentityRecorder#TOUCH_INTERVAL}, with the role
   * written: a returning launch with the same role writes nothing and costs no statement (every
   * launch passes here; docs/performance.md, issue 14). Another node's write is not known here,
   * which costs at most one statement that changes nothing.
   */
  private final Cache<Seen, KenesRole> recorded =
      Caffeine.newBuilder()
          .expireAfterWrite(IdentityRecorder.TOUCH_INTERVAL)
          .maximumSize(100_000)
          .build();

  /**
   * Records that the user launched from the course as {@code role}, in the launch's transaction: a
   * new row, or the role and time refreshed when the role changed or the time is an hour old (as
   * {@link IdentityRecorder#touched} does for the user), so that repeated launches write nothing. A
   * first launch racing another into the same course inserts nothing the second time. One statement
   * on PostgreSQL ({@code on conflict do update … where}), none for a launch this node recorded
   * within the hour with the same role.
   */
  void record(long contextRef, long userRef, KenesRole role, LocalDateTime now) {
    Seen person = new Seen(contextRef, userRef);
    if (role.equals(recorded.getIfPresent(person))) {
      return;
    }
    Timestamp at = Timestamp.valueOf(now);
    Timestamp stale = Timestamp.valueOf(now.minus(IdentityRecorder.TOUCH_INTERVAL));
    if (postgres()) {
      em.createNativeQuery(
              "insert into lti_course_person"
                  + " (context_ref, user_ref, kenes_role, first_launch_at, last_launch_at)"
                  + " values (?, ?, ?, ?, ?) on conflict (context_ref, user_ref) do update"
                  + " set kenes_role = excluded.kenes_role, last_launch_at = excluded.last_launch_at"
                  + " where lti_course_person.kenes_role <> excluded.kenes_role"
                  + " or lti_course_person.last_launch_at < ?")
          .setParameter(1, contextRef)
          .setParameter(2, userRef)
          .setParameter(3, role.name())
          .setParameter(4, at)
          .setParameter(5, at)
          .setParameter(6, stale)
          .executeUpdate();
    } else {
      recordOnH2(contextRef, userRef, role, at, stale);
    }
    rememberAfterCommit(person, role);
  }

  private void recordOnH2(
      long contextRef, long userRef, KenesRole role, Timestamp at, Timestamp stale) {
    int updated =
        em.createNativeQuery(
                "update lti_course_person set kenes_role = ?, last_launch_at = ?"
                    + " where context_ref = ? and user_ref = ?"
                    + " and (kenes_role <> ? or last_launch_at < ?)")
            .setParameter(1, role.name())
            .setParameter(2, at)
            .setParameter(3, contextRef)
            .setParameter(4, userRef)
            .setParameter(5, role.name())
            .setParameter(6, stale)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into lti_course_person"
                  + " (context_ref, user_ref, kenes_role, first_launch_at, last_launch_at)"
                  + " select ?, ?, ?, ?, ? where not exists (select 1 from lti_course_person"
                  + " where context_ref = ? and user_ref = ?)")
          .setParameter(1, contextRef)
          .setParameter(2, userRef)
          .setParameter(3, role.name())
          .setParameter(4, at)
          .setParameter(5, at)
          .setParameter(6, contextRef)
          .setParameter(7, userRef)
          .executeUpdate();
    }
  }

  /**
   * Remembers the row as written once the launch's transaction has committed (a rolled-back launch,
   * retried, writes it again).
   */
  private void rememberAfterCommit(Seen person, KenesRole role) {
    AfterTransaction.register(
        transactions,
        status -> {
          if (status == Status.STATUS_COMMITTED) {
            recorded.put(person, role);
          }
        });
  }

  private volatile Boolean postgres;

  /** Whether the database is PostgreSQL (else H2). */
  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      known = SqlDialect.of(em) == SqlDialect.POSTGRESQL;
      postgres = known;
    }
    return known;
  }

  @Override
  public Found search(Collection<Long> contextRefs, String folded, int offset, int limit) {
    List<Long> courses = contextRefs.stream().distinct().limit(MAX_COURSES).toList();
    if (courses.isEmpty() || folded == null || folded.length() < MIN_QUERY) {
      return new Found(List.of(), 0);
    }
    String in = String.join(", ", Collections.nCopies(courses.size(), "?"));
    String where =
        " from lti_user u where u.search_name like ? escape '!'"
            + " and exists (select 1 from lti_course_person p where p.user_ref = u.id"
            + " and p.context_ref in ("
            + in
            + "))";
    String pattern = "%" + escaped(folded) + "%";
    Query count = em.createNativeQuery("select count(*)" + where);
    bind(count, pattern, courses);
    long total = ((Number) count.getSingleResult()).longValue();
    if (total == 0 || offset >= total) {
      return new Found(List.of(), total);
    }
    Query page =
        em.createNativeQuery(
            "select u.id, u.name, u.given_name, u.family_name"
                + where
                + " order by u.search_name, u.id");
    bind(page, pattern, courses);
    page.setFirstResult(offset).setMaxResults(limit);
    List<Person> people = new ArrayList<>();
    for (Object row : page.getResultList()) {
      Object[] cells = (Object[]) row;
      String name = LtiPersonNames.nameOf((String) cells[1], (String) cells[2], (String) cells[3]);
      people.add(new Person(((Number) cells[0]).longValue(), name));
    }
    return new Found(people, total);
  }

  /** The folded name kept for searching, cut to its column's size; null for no name. */
  static String searchName(String name, String givenName, String familyName) {
    String folded = CoursePeople.fold(LtiPersonNames.nameOf(name, givenName, familyName));
    return folded == null || folded.length() <= 300 ? folded : folded.substring(0, 300);
  }

  private static void bind(Query query, String pattern, List<Long> courses) {
    query.setParameter(1, pattern);
    for (int i = 0; i < courses.size(); i++) {
      query.setParameter(i + 2, courses.get(i));
    }
  }

  /** The query with LIKE's wildcards and the escape character taken literally. */
  static String escaped(String folded) {
    return folded.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
