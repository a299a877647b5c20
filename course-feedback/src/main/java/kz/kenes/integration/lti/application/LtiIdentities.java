package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;
import kz.kenes.platform.persistence.SqlDialect;

/**
 * The one set of queries on the people and courses platforms launch from: a user is known by
 * (registration, {@code sub}), a course (LTI context) by (registration, deployment, context id), a
 * placement (resource link) by (registration, deployment, link id). The launch ({@link
 * IdentityRecorder}) finds or creates its rows here, one query each; the development platform and
 * the demo seed read and seed them through the public methods, which hand out values, never the
 * entities. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class LtiIdentities {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  /** A user of a registration, as the development platform's directory shows them. */
  public record User(
      long id,
      String subject,
      String displayName,
      String givenName,
      String familyName,
      String email) {}

  /** A course (LTI context) of a registration's deployment. */
  public record Course(long id, String contextId, String label, String title) {}

  /** A user the demo seed wants to exist; names and email are optional. */
  public record NewUser(
      String subject, String name, String givenName, String familyName, String email) {}

  /** The id of a row that was found or created, and whether this call created it. */
  public record Ensured(long id, boolean created) {}

  /** A row found or created by one of the package's find-or-create queries. */
  record Found<T>(T row, boolean created) {}

  /** The users of a registration, oldest first. */
  public List<User> users(long registrationId) {
    return em
        .createQuery(
            "select u from LtiUserEntity u where u.registrationId = :reg order by u.id",
            LtiUserEntity.class)
        .setParameter("reg", registrationId)
        .getResultList()
        .stream()
        .map(LtiIdentities::user)
        .toList();
  }

  /** The user of a registration with this {@code sub}. */
  public Optional<User> user(long registrationId, String subject) {
    return findUser(registrationId, subject).map(LtiIdentities::user);
  }

  /** The courses of a registration's deployment, oldest first. */
  public List<Course> courses(long registrationId, String deploymentId) {
    return em
        .createQuery(
            "select c from LtiContextEntity c where c.registrationId = :reg"
                + " and c.deploymentId = :dep order by c.id",
            LtiContextEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .getResultList()
        .stream()
        .map(LtiIdentities::course)
        .toList();
  }

  /** The course of a registration's deployment with this context id. */
  public Optional<Course> course(long registrationId, String deploymentId, String contextId) {
    return findContext(registrationId, deploymentId, contextId).map(LtiIdentities::course);
  }

  /**
   * The course with this context id, created with {@code label} and {@code title} when missing (a
   * course that exists is left as launches left it). Flushed, so that its id can be referred to.
   */
  public Ensured ensureCourse(
      long registrationId,
      String deploymentId,
      String contextId,
      String label,
      String title,
      LocalDateTime now) {
    Found<LtiContextEntity> found =
        findOrCreateContext(registrationId, deploymentId, contextId, now);
    if (found.created()) {
      found.row().label = label;
      found.row().title = title;
      em.flush();
    }
    return new Ensured(found.row().id, found.created());
  }

  /** The user, created with the names and email of {@code wanted} when missing. */
  public Ensured ensureUser(long registrationId, NewUser wanted, LocalDateTime now) {
    Found<LtiUserEntity> found = findOrCreateUser(registrationId, wanted.subject(), now);
    if (found.created()) {
      LtiUserEntity user = found.row();
      user.name = wanted.name();
      user.givenName = wanted.givenName();
      user.familyName = wanted.familyName();
      user.email = wanted.email();
      user.searchName = LtiCoursePeople.searchName(user.name, user.givenName, user.familyName);
    }
    return new Ensured(found.row().id, found.created());
  }

  /** The user with this {@code sub}, or a new one seen {@code now} ({@link #insertIfAbsent}). */
  Found<LtiUserEntity> findOrCreateUser(long registrationId, String subject, LocalDateTime now) {
    return findOrCreateUser(registrationId, subject, now, java.util.Map.of());
  }

  /**
   * The user with this {@code sub}, or a new one seen {@code now} with these column values (null
   * values left out): a new row written with the values the launch is about to set costs no UPDATE
   * at the commit.
   */
  Found<LtiUserEntity> findOrCreateUser(
      long registrationId,
      String subject,
      LocalDateTime now,
      java.util.Map<String, String> initial) {
    return findOrInsert(
        () -> findUser(registrationId, subject),
        () ->
            insertIfAbsent(
                "lti_user",
                List.of("registration_id", "subject"),
                List.of(registrationId, subject),
                with(List.of("created_at", "last_launch_at"), initial.keySet()),
                with(List.of(now, now), initial.values())));
  }

  /**
   * The launch's user: the one with this {@code sub}, or a new one seen {@code now} with these
   * column values (null values left out). On PostgreSQL one statement finds or inserts it ({@link
   * #insertOrFind}); on H2 a look-up, an insert and a second look-up.
   */
  LtiUserEntity launchUser(
      long registrationId,
      String subject,
      LocalDateTime now,
      java.util.Map<String, String> initial) {
    if (!postgres()) {
      return findOrCreateUser(registrationId, subject, now, initial).row();
    }
    return insertOrFind(
            LtiUserEntity.class,
            "lti_user",
            List.of("registration_id", "subject"),
            List.of(registrationId, subject),
            with(List.of("created_at", "last_launch_at"), initial.keySet()),
            with(List.of(now, now), initial.values()))
        .or(() -> findUser(registrationId, subject))
        .orElseThrow();
  }

  /** The launch's course, as {@link #launchUser} finds or inserts its user. */
  LtiContextEntity launchContext(
      long registrationId,
      String deploymentId,
      String contextId,
      LocalDateTime now,
      java.util.Map<String, String> initial) {
    if (!postgres()) {
      return findOrCreateContext(registrationId, deploymentId, contextId, now, initial).row();
    }
    return insertOrFind(
            LtiContextEntity.class,
            "lti_context",
            List.of("registration_id", "deployment_id", "context_id"),
            List.of(registrationId, deploymentId, contextId),
            with(List.of("created_at", "updated_at"), initial.keySet()),
            with(List.of(now, now), initial.values()))
        .or(() -> findContext(registrationId, deploymentId, contextId))
        .orElseThrow();
  }

  /** The launch's resource link, as {@link #launchUser} finds or inserts its user. */
  LtiResourceLinkEntity launchLink(
      long registrationId, String deploymentId, String linkId, LocalDateTime now) {
    if (!postgres()) {
      return findOrCreateLink(registrationId, deploymentId, linkId, now).row();
    }
    return insertOrFind(
            LtiResourceLinkEntity.class,
            "lti_resource_link",
            List.of("registration_id", "deployment_id", "link_id"),
            List.of(registrationId, deploymentId, linkId),
            List.of("created_at", "updated_at"),
            List.of(now, now))
        .or(() -> findLink(registrationId, deploymentId, linkId))
        .orElseThrow();
  }

  /**
   * PostgreSQL only: the row with this unique key, inserted with these values when missing, in one
   * statement (a data-modifying {@code WITH}: {@code INSERT … ON CONFLICT DO NOTHING RETURNING *},
   * else the stored row), as a managed entity. A first launch used to cost a look-up, an insert and
   * a second look-up per row (docs/performance.md, issue 14). Empty only when another transaction
   * inserted the key after this statement began: its row is invisible to the statement's snapshot,
   * and the caller's next look-up finds it. A returning launch's attempt uses up a sequence value.
   */
  private <T> Optional<T> insertOrFind(
      Class<T> entity,
      String table,
      List<String> key,
      List<Object> keyValues,
      List<String> other,
      List<Object> otherValues) {
    List<String> columns = new java.util.ArrayList<>(key);
    columns.addAll(other);
    String sql =
        "with ins as (insert into "
            + table
            + " (id, "
            + String.join(", ", columns)
            + ") values (nextval('kenes_seq'), "
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ") on conflict ("
            + String.join(", ", key)
            + ") do nothing returning *)"
            + " select * from ins union all select * from "
            + table
            + " where "
            + String.join(" and ", key.stream().map(k -> k + " = ?").toList())
            + " and not exists (select 1 from ins)";
    return bound(em.createNativeQuery(sql, entity), keyValues, otherValues, keyValues)
        .getResultStream()
        .findFirst()
        .map(entity::cast);
  }

  /** The context with this id in the deployment, or a new one updated {@code now}. */
  Found<LtiContextEntity> findOrCreateContext(
      long registrationId, String deploymentId, String contextId, LocalDateTime now) {
    return findOrCreateContext(registrationId, deploymentId, contextId, now, java.util.Map.of());
  }

  /** The same, a new context written with these column values (null values left out). */
  Found<LtiContextEntity> findOrCreateContext(
      long registrationId,
      String deploymentId,
      String contextId,
      LocalDateTime now,
      java.util.Map<String, String> initial) {
    return findOrInsert(
        () -> findContext(registrationId, deploymentId, contextId),
        () ->
            insertIfAbsent(
                "lti_context",
                List.of("registration_id", "deployment_id", "context_id"),
                List.of(registrationId, deploymentId, contextId),
                with(List.of("created_at", "updated_at"), initial.keySet()),
                with(List.of(now, now), initial.values())));
  }

  /** The resource link with this id in the deployment, or a new one updated {@code now}. */
  Found<LtiResourceLinkEntity> findOrCreateLink(
      long registrationId, String deploymentId, String linkId, LocalDateTime now) {
    return findOrInsert(
        () -> findLink(registrationId, deploymentId, linkId),
        () ->
            insertIfAbsent(
                "lti_resource_link",
                List.of("registration_id", "deployment_id", "link_id"),
                List.of(registrationId, deploymentId, linkId),
                List.of("created_at", "updated_at"),
                List.of(now, now)));
  }

  private Optional<LtiResourceLinkEntity> findLink(
      long registrationId, String deploymentId, String linkId) {
    return em.createQuery(
            "select l from LtiResourceLinkEntity l where l.registrationId = :reg"
                + " and l.deploymentId = :dep and l.linkId = :link",
            LtiResourceLinkEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .setParameter("link", linkId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The row {@code find} finds, else the one found after {@code insert} (which says whether it
   * inserted it, or another launch did at the same moment).
   */
  private static <T> Found<T> findOrInsert(
      java.util.function.Supplier<Optional<T>> find, java.util.function.BooleanSupplier insert) {
    Optional<T> known = find.get();
    if (known.isPresent()) {
      return new Found<>(known.get(), false);
    }
    boolean created = insert.getAsBoolean();
    return new Found<>(find.get().orElseThrow(), created);
  }

  private static <T> List<T> with(List<? extends T> first, java.util.Collection<? extends T> more) {
    List<T> all = new java.util.ArrayList<>(first);
    all.addAll(more);
    return all;
  }

  /**
   * Inserts a row with this unique key unless one exists, in the caller's transaction, and says
   * whether it did. Many first launches into one course at once (a class told to open the link at
   * the same minute) race here: on PostgreSQL {@code ON CONFLICT DO NOTHING} makes the losers wait
   * for the winner's commit and insert nothing, so no launch fails, rolls back or logs a constraint
   * violation; the caller then reads the row. H2 has no such clause: there an insert guarded by
   * {@code NOT EXISTS} still loses a race now and then, and the launch's retry (a new transaction)
   * finds the winner's row.
   */
  private boolean insertIfAbsent(
      String table,
      List<String> key,
      List<Object> keyValues,
      List<String> other,
      List<Object> otherValues) {
    List<String> columns = new java.util.ArrayList<>(key);
    columns.addAll(other);
    String placeholders = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
    String sql =
        postgres()
            ? "insert into "
                + table
                + " (id, "
                + String.join(", ", columns)
                + ")"
                + " values (nextval('kenes_seq'), "
                + placeholders
                + ")"
                + " on conflict ("
                + String.join(", ", key)
                + ") do nothing"
            : "insert into "
                + table
                + " (id, "
                + String.join(", ", columns)
                + ")"
                + " select next value for kenes_seq, "
                + placeholders
                + " where not exists (select 1 from "
                + table
                + " where "
                + String.join(" and ", key.stream().map(k -> k + " = ?").toList())
                + ")";
    jakarta.persistence.Query insert =
        postgres()
            ? bound(em.createNativeQuery(sql), keyValues, otherValues)
            : bound(em.createNativeQuery(sql), keyValues, otherValues, keyValues);
    return insert.executeUpdate() == 1;
  }

  /** The query with its positional parameters set to these values, in order. */
  @SafeVarargs
  private static jakarta.persistence.Query bound(
      jakarta.persistence.Query query, List<Object>... values) {
    int position = 1;
    for (List<Object> group : values) {
      for (Object value : group) {
        query.setParameter(position++, value);
      }
    }
    return query;
  }

  /** Whether the database is PostgreSQL (else H2). */
  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      known = SqlDialect.of(em) == SqlDialect.POSTGRESQL;
      postgres = known;
    }
    return known;
  }

  private volatile Boolean postgres;

  private Optional<LtiUserEntity> findUser(long registrationId, String subject) {
    return em.createQuery(
            "select u from LtiUserEntity u where u.registrationId = :reg and u.subject = :sub",
            LtiUserEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("sub", subject)
        .getResultStream()
        .findFirst();
  }

  private Optional<LtiContextEntity> findContext(
      long registrationId, String deploymentId, String contextId) {
    return em.createQuery(
            "select c from LtiContextEntity c where c.registrationId = :reg"
                + " and c.deploymentId = :dep and c.contextId = :ctx",
            LtiContextEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .setParameter("ctx", contextId)
        .getResultStream()
        .findFirst();
  }

  private static User user(LtiUserEntity u) {
    return new User(u.id, u.subject, u.displayName(), u.givenName, u.familyName, u.email);
  }

  private static Course course(LtiContextEntity c) {
    return new Course(c.id, c.contextId, c.label, c.title);
  }
}
