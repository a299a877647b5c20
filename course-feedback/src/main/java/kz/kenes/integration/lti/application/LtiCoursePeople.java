package kz.kenes.integration.lti.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import kz.kenes.identity.domain.CoursePeople;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.integration.lti.persistence.JdbcCoursePeople;
import kz.kenes.platform.concurrent.PendingWrites;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;
import kz.kenes.platform.persistence.AfterTransaction;

/**
 * {@link CoursePeople} over {@code lti_course_person} (V48), which each launch from a course
 * updates ({@link #record}), and the folded names of {@code lti_user.search_name}. One query for a
 * page and one for the count; the courses and the query are parameters, never SQL text.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LtiCoursePeople implements CoursePeople {

  private static final Logger LOG = Logger.getLogger(LtiCoursePeople.class.getName());

  /** Most courses one search looks in (a program is delivered by far fewer). */
  static final int MAX_COURSES = 500;

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  private record Seen(long contextRef, long userRef) {}

  /** How often the worker writes the launches noted since. */
  static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

  /** How many noted launches wake the worker before its time. */
  static final int BATCH = 500;

  @Inject JdbcCoursePeople writer;
  @Resource ManagedThreadFactory threads;

  /**
   * The rows written within the last {@link IdentityRecorder#TOUCH_INTERVAL}, with the role
   * written: a returning launch with the same role writes nothing (every launch passes here;
   * docs/performance.md, issue 14). Another node's write is not known here, which costs at most one
   * row of a batch that changes nothing.
   */
  private final Cache<Seen, KenesRole> recorded =
      Caffeine.newBuilder()
          .expireAfterWrite(IdentityRecorder.TOUCH_INTERVAL)
          .maximumSize(100_000)
          .build();

  private final PendingWrites<Seen, JdbcCoursePeople.Launched> pending =
      new PendingWrites<>(
          "kenes-course-people",
          FLUSH_EVERY,
          BATCH,
          launches -> writer.write(launches),
          (person, launch) -> recorded.put(person, KenesRole.valueOf(launch.kenesRole())),
          "course people",
          LOG);

  /**
   * Notes that the user launched from the course as {@code role}. Written behind the request (ADR
   * 0039): once the launch's transaction has committed, the note waits for the worker, which writes
   * every launch noted since in one batch within {@link #FLUSH_EVERY}; a search on this node writes
   * what is pending first ({@link #search}), so it never misses a person who launched here before
   * it. A launch this node wrote within the hour with the same role writes nothing. A launch rolled
   * back notes nothing; one still pending when the server is killed is written at the person's next
   * launch.
   */
  void record(long contextRef, long userRef, KenesRole role, LocalDateTime now) {
    Seen person = new Seen(contextRef, userRef);
    if (role.equals(recorded.getIfPresent(person))) {
      return;
    }
    JdbcCoursePeople.Launched launch =
        new JdbcCoursePeople.Launched(contextRef, userRef, role.name(), now);
    if (!AfterTransaction.onCommit(transactions, () -> pending.put(person, launch))) {
      pending.put(person, launch);
    }
  }

  /**
   * Writes every pending launch now, in a transaction of its own. A batch that fails is written
   * launch by launch, and a launch that still fails is dropped: it is noted again at the person's
   * next launch, since nothing is remembered of it.
   */
  void flush() {
    pending.flush();
  }

  void onSchemaReady(@Observes SchemaReady ready) {
    pending.start(threads);
  }

  @PreDestroy
  void stop() {
    pending.stop();
  }

  @Override
  public Found search(Collection<Long> contextRefs, String folded, int offset, int limit) {
    List<Long> courses = contextRefs.stream().distinct().limit(MAX_COURSES).toList();
    if (courses.isEmpty() || folded == null || folded.length() < MIN_QUERY) {
      return new Found(List.of(), 0);
    }
    flush();
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
