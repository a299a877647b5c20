package kz.kenes.integration.lti.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.platform.persistence.AfterTransaction;
import kz.kenes.platform.persistence.ReadMostly;

/**
 * The courses (contexts) and resource links launches on this node recorded a moment ago, as they
 * committed them (docs/adr/0038). A class's launches into one course all carry the same context and
 * link claims: a launch whose claims would leave a known row exactly as it is takes the row's id
 * from here instead of finding or inserting it again, two statements of every launch. A launch that
 * would change anything (a new title, the hourly "updated" touch, another line item) goes to the
 * database as before, and so does every launch after a failed one ({@link #forgetAll}: a row known
 * here may have been deleted on another node).
 *
 * <p>Rows are kept for {@code kenes.read-mostly.seconds} (10 by default; 0 keeps none). Skipping a
 * write that would change nothing is safe whatever another node did meanwhile: the row's other
 * columns are not the launch's to write.
 */
@ApplicationScoped
public class KnownPlaces {

  /** A course as a platform names it. */
  record ContextKey(long registrationId, String deploymentId, String contextId) {}

  /** A resource link as a platform names it. */
  record LinkKey(long registrationId, String deploymentId, String linkId) {}

  @Inject ReadMostly readMostly;
  @Resource TransactionSynchronizationRegistry transactions;

  private Rows<ContextKey, LtiContextEntity> contexts;
  private Rows<LinkKey, LtiResourceLinkEntity> links;

  /** Rows of one kind by key, each kept and handed out as a copy. */
  private final class Rows<K, V> {
    private final Cache<K, V> kept;
    private final UnaryOperator<V> copy;

    Rows(Duration timeToLive, UnaryOperator<V> copy) {
      this.kept = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
      this.copy = copy;
    }

    V get(K key) {
      V known = kept.getIfPresent(key);
      return known == null ? null : copy.apply(known);
    }

    void rememberAfterCommit(K key, V row) {
      V snapshot = copy.apply(row);
      AfterTransaction.onCommit(transactions, () -> kept.put(key, snapshot));
    }
  }

  @PostConstruct
  void configure() {
    configure(readMostly == null ? Duration.ofSeconds(10) : readMostly.timeToLive());
  }

  void configure(Duration timeToLive) {
    contexts = new Rows<>(timeToLive, KnownPlaces::copy);
    links = new Rows<>(timeToLive, KnownPlaces::copy);
  }

  /** A copy of the known row of this course, or null. */
  LtiContextEntity context(ContextKey key) {
    return contexts.get(key);
  }

  /** A copy of the known row of this resource link, or null. */
  LtiResourceLinkEntity link(LinkKey key) {
    return links.get(key);
  }

  /** Knows the course's row as it is now, once the current transaction commits. */
  void rememberAfterCommit(ContextKey key, LtiContextEntity row) {
    contexts.rememberAfterCommit(key, row);
  }

  /** Knows the resource link's row as it is now, once the current transaction commits. */
  void rememberAfterCommit(LinkKey key, LtiResourceLinkEntity row) {
    links.rememberAfterCommit(key, row);
  }

  /** For tests: knows a row as a committed launch would. */
  void rememberCommitted(ContextKey key, LtiContextEntity row) {
    contexts.kept.put(key, copy(row));
  }

  /** Forgets every row: a launch failed, and a row known here may be gone. */
  void forgetAll() {
    contexts.kept.invalidateAll();
    links.kept.invalidateAll();
  }

  /** Whether a launch leaves a course's row as it was: every column a launch writes. */
  static boolean unchanged(LtiContextEntity was, LtiContextEntity now) {
    return Objects.equals(was.id, now.id)
        && Objects.equals(was.label, now.label)
        && Objects.equals(was.title, now.title)
        && Objects.equals(was.nrpsMembershipsUrl, now.nrpsMembershipsUrl)
        && Objects.equals(was.updatedAt, now.updatedAt);
  }

  /** Whether a launch leaves a resource link's row as it was: every column a launch writes. */
  static boolean unchanged(LtiResourceLinkEntity was, LtiResourceLinkEntity now) {
    return Objects.equals(was.id, now.id)
        && Objects.equals(was.contextRef, now.contextRef)
        && Objects.equals(was.title, now.title)
        && Objects.equals(was.description, now.description)
        && Objects.equals(was.agsScope, now.agsScope)
        && Objects.equals(was.agsLineItems, now.agsLineItems)
        && Objects.equals(was.agsLineItem, now.agsLineItem)
        && Objects.equals(was.kenesActivity, now.kenesActivity)
        && Objects.equals(was.kenesGrade, now.kenesGrade)
        && Objects.equals(was.lineItemFound, now.lineItemFound)
        && Objects.equals(was.updatedAt, now.updatedAt);
  }

  static LtiContextEntity copy(LtiContextEntity row) {
    LtiContextEntity copy = new LtiContextEntity();
    copy.id = row.id;
    copy.registrationId = row.registrationId;
    copy.deploymentId = row.deploymentId;
    copy.contextId = row.contextId;
    copy.label = row.label;
    copy.title = row.title;
    copy.nrpsMembershipsUrl = row.nrpsMembershipsUrl;
    copy.createdAt = row.createdAt;
    copy.updatedAt = row.updatedAt;
    return copy;
  }

  static LtiResourceLinkEntity copy(LtiResourceLinkEntity row) {
    LtiResourceLinkEntity copy = new LtiResourceLinkEntity();
    copy.id = row.id;
    copy.registrationId = row.registrationId;
    copy.deploymentId = row.deploymentId;
    copy.contextRef = row.contextRef;
    copy.linkId = row.linkId;
    copy.title = row.title;
    copy.description = row.description;
    copy.agsScope = row.agsScope;
    copy.agsLineItems = row.agsLineItems;
    copy.agsLineItem = row.agsLineItem;
    copy.kenesActivity = row.kenesActivity;
    copy.kenesGrade = row.kenesGrade;
    copy.lineItemFound = row.lineItemFound;
    copy.createdAt = row.createdAt;
    copy.updatedAt = row.updatedAt;
    return copy;
  }
}
