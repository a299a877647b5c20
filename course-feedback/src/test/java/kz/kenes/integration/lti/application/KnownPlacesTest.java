package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.time.Duration;
import java.time.LocalDateTime;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.platform.persistence.FakeTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KnownPlaces}: a course or link is known only after its launch committed, handed out as a
 * copy, and "unchanged" compares every column a launch writes.
 */
class KnownPlacesTest {

  private static final LocalDateTime T = LocalDateTime.parse("2026-12-07T09:00:00");

  private final FakeTransactions transactions = new FakeTransactions();
  private final KnownPlaces places = new KnownPlaces();
  private final KnownPlaces.ContextKey course = new KnownPlaces.ContextKey(7, "d", "crop-101");
  private final KnownPlaces.LinkKey week1 = new KnownPlaces.LinkKey(7, "d", "link-1");

  @BeforeEach
  void tenSeconds() {
    places.transactions = transactions;
    places.configure(Duration.ofSeconds(10));
  }

  static LtiContextEntity course(Long id, String title) {
    LtiContextEntity context = new LtiContextEntity();
    context.id = id;
    context.contextId = "crop-101";
    context.label = "CROP";
    context.title = title;
    context.updatedAt = T;
    return context;
  }

  private static LtiResourceLinkEntity link() {
    LtiResourceLinkEntity link = new LtiResourceLinkEntity();
    link.id = 12L;
    link.contextRef = 11L;
    link.linkId = "link-1";
    link.title = "Week 1";
    link.agsLineItems = "https://lms.example/lineitems";
    link.updatedAt = T;
    return link;
  }

  @Test
  void knownOnlyAfterTheCommitAndAsACopy() {
    transactions.key = "launch";
    places.rememberAfterCommit(course, course(11L, "Crop Production"));
    places.rememberAfterCommit(week1, link());
    assertThat(places.context(course)).isNull();
    transactions.end(Status.STATUS_COMMITTED);

    LtiContextEntity known = places.context(course);
    assertThat(known.id).isEqualTo(11L);
    known.title = "changed by a caller";
    assertThat(places.context(course).title).isEqualTo("Crop Production");
    assertThat(places.link(week1).contextRef).isEqualTo(11L);
  }

  @Test
  void aRolledBackLaunchLeavesNothingKnown() {
    transactions.key = "launch";
    places.rememberAfterCommit(course, course(11L, "Crop Production"));
    transactions.end(Status.STATUS_ROLLEDBACK);

    assertThat(places.context(course)).isNull();
  }

  @Test
  void unchangedComparesEveryColumnALaunchWrites() {
    assertThat(KnownPlaces.unchanged(course(11L, "A"), course(11L, "A"))).isTrue();
    assertThat(KnownPlaces.unchanged(course(11L, "A"), course(11L, "B"))).isFalse();
    LtiContextEntity touched = course(11L, "A");
    touched.updatedAt = T.plusHours(2);
    assertThat(KnownPlaces.unchanged(course(11L, "A"), touched)).isFalse();
    LtiContextEntity roster = course(11L, "A");
    roster.nrpsMembershipsUrl = "https://lms.example/memberships";
    assertThat(KnownPlaces.unchanged(course(11L, "A"), roster)).isFalse();

    assertThat(KnownPlaces.unchanged(link(), KnownPlaces.copy(link()))).isTrue();
    LtiResourceLinkEntity regraded = link();
    regraded.agsLineItem = "https://lms.example/lineitems/9";
    assertThat(KnownPlaces.unchanged(link(), regraded)).isFalse();
    LtiResourceLinkEntity placed = link();
    placed.kenesActivity = "quiz:4";
    assertThat(KnownPlaces.unchanged(link(), placed)).isFalse();
    LtiResourceLinkEntity moved = link();
    moved.contextRef = 99L;
    assertThat(KnownPlaces.unchanged(link(), moved)).isFalse();
  }

  @Test
  void zeroSecondsKeepsNothing() {
    places.configure(Duration.ZERO);
    places.rememberCommitted(course, course(11L, "Crop Production"));

    assertThat(places.context(course)).isNull();
  }
}
