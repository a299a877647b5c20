package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Function;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;
import kz.kenes.lti.launch.LtiLaunch;

/**
 * Records who launched from where: creates or refreshes the user (registration + sub), the context
 * (registration + deployment + context id) and the resource link (deployment + link id), found or
 * created by {@link LtiIdentities}. Names, email, locale and titles are optional in LTI and only
 * overwrite what is stored when the platform sent them. It also keeps the name folded for searching
 * and that the user launched from the course ({@link LtiCoursePeople}). A course or link this node
 * has just recorded, which the launch would leave as it is, is not asked again ({@link
 * KnownPlaces}).
 */
@ApplicationScoped
public class IdentityRecorder {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject LtiIdentities identities;
  @Inject SessionStore sessions;
  @Inject LtiCoursePeople coursePeople;
  @Inject LtiCallerProfiles profiles;
  @Inject KnownPlaces places;

  /** How stale "last launch" and "updated" times may get before a launch rewrites them. */
  static final Duration TOUCH_INTERVAL = Duration.ofHours(1);

  /** The rows a launch touched; context and link may be absent. */
  public record Recorded(
      LtiUserEntity user, LtiContextEntity context, LtiResourceLinkEntity link) {}

  /**
   * Records the launch's identity and opens the session for it, in one transaction: a launch either
   * leaves both or neither. The session and the profile are handed to the session's first page (ADR
   * 0038).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public OpenedSession recordAndOpen(
      LtiLaunch launch, LocalDateTime now, Function<Recorded, SessionDraft> sessionDraft) {
    Recorded recorded = record(launch, now);
    SessionDraft draft = sessionDraft.apply(recorded);
    if (draft.contextRef() != null && draft.userRef() != null) {
      coursePeople.record(draft.contextRef(), draft.userRef(), draft.role(), now);
    }
    OpenedSession opened = sessions.open(draft);
    if (draft.userRef() != null && draft.userRef().equals(recorded.user().id)) {
      // a user row inserted by this launch was created "now" (stored to the microsecond)
      boolean firstLaunch = now.equals(recorded.user().createdAt);
      profiles.handOff(
          opened.session().id(), recorded.user(), recorded.context(), recorded.link(), firstLaunch);
    }
    return opened;
  }

  Recorded record(LtiLaunch launch, LocalDateTime now) {
    LtiUserEntity user = user(launch, now);
    LtiContextEntity context = launch.context().map(c -> context(launch, c, now)).orElse(null);
    LtiResourceLinkEntity link =
        launch.resourceLink().map(l -> link(launch, l, context, now)).orElse(null);
    em.flush();
    return new Recorded(user, context, link);
  }

  private LtiUserEntity user(LtiLaunch launch, LocalDateTime now) {
    java.util.Map<String, String> initial = new java.util.LinkedHashMap<>();
    putSent(initial, "name", refreshed(null, launch.name(), 300));
    putSent(initial, "given_name", refreshed(null, launch.givenName(), 200));
    putSent(initial, "family_name", refreshed(null, launch.familyName(), 200));
    putSent(initial, "email", refreshed(null, launch.email(), 320));
    putSent(initial, "locale", refreshed(null, launch.locale(), 35));
    // the folded name too, so that a new user's row needs no UPDATE at the commit (issue 14)
    putSent(
        initial,
        "search_name",
        LtiCoursePeople.searchName(
            refreshed(null, launch.name(), 300),
            refreshed(null, launch.givenName(), 200),
            refreshed(null, launch.familyName(), 200)));
    LtiUserEntity user =
        identities.launchUser(launch.registration().id(), launch.subject(), now, initial);
    user.name = refreshed(user.name, launch.name(), 300);
    user.givenName = refreshed(user.givenName, launch.givenName(), 200);
    user.familyName = refreshed(user.familyName, launch.familyName(), 200);
    user.email = refreshed(user.email, launch.email(), 320);
    user.locale = refreshed(user.locale, launch.locale(), 35);
    String searchName = LtiCoursePeople.searchName(user.name, user.givenName, user.familyName);
    if (!java.util.Objects.equals(user.searchName, searchName)) {
      user.searchName = searchName;
    }
    user.lastLaunchAt = touched(user.lastLaunchAt, now);
    return user;
  }

  private LtiContextEntity context(LtiLaunch launch, LtiLaunch.Context claim, LocalDateTime now) {
    KnownPlaces.ContextKey key =
        new KnownPlaces.ContextKey(launch.registration().id(), launch.deploymentId(), claim.id());
    LtiContextEntity known = places.context(key);
    if (known != null) {
      LtiContextEntity wanted = KnownPlaces.copy(known);
      refresh(wanted, launch, claim, now);
      if (KnownPlaces.unchanged(known, wanted)) {
        return known;
      }
    }
    LtiContextEntity context =
        identities.launchContext(
            launch.registration().id(),
            launch.deploymentId(),
            claim.id(),
            now,
            contextColumns(launch, claim));
    refresh(context, launch, claim, now);
    places.rememberAfterCommit(key, context);
    return context;
  }

  private static void refresh(
      LtiContextEntity context, LtiLaunch launch, LtiLaunch.Context claim, LocalDateTime now) {
    context.label = refreshed(context.label, claim.label(), 255);
    context.title = refreshed(context.title, claim.title(), 500);
    context.nrpsMembershipsUrl =
        refreshed(
            context.nrpsMembershipsUrl,
            launch
                .namesRoleService()
                .map(LtiLaunch.NamesRoleService::contextMembershipsUrl)
                .orElse(null),
            2000);
    context.updatedAt = touched(context.updatedAt, now);
  }

  private LtiResourceLinkEntity link(
      LtiLaunch launch, LtiLaunch.ResourceLink claim, LtiContextEntity context, LocalDateTime now) {
    KnownPlaces.LinkKey key =
        new KnownPlaces.LinkKey(launch.registration().id(), launch.deploymentId(), claim.id());
    LtiResourceLinkEntity known = places.link(key);
    if (known != null) {
      LtiResourceLinkEntity wanted = KnownPlaces.copy(known);
      refresh(wanted, launch, claim, context, now);
      if (KnownPlaces.unchanged(known, wanted)) {
        return known;
      }
    }
    LtiResourceLinkEntity link =
        identities.launchLink(launch.registration().id(), launch.deploymentId(), claim.id(), now);
    refresh(link, launch, claim, context, now);
    places.rememberAfterCommit(key, link);
    return link;
  }

  private static void refresh(
      LtiResourceLinkEntity link,
      LtiLaunch launch,
      LtiLaunch.ResourceLink claim,
      LtiContextEntity context,
      LocalDateTime now) {
    if (context != null) {
      link.contextRef = context.id;
    }
    link.title = refreshed(link.title, claim.title(), 500);
    link.description = refreshed(link.description, claim.description(), 2000);
    LinkGrading.refresh(link, launch);
    link.updatedAt = touched(link.updatedAt, now);
  }

  /** A new context's columns as this launch would set them (null values left out). */
  private static java.util.Map<String, String> contextColumns(
      LtiLaunch launch, LtiLaunch.Context claim) {
    java.util.Map<String, String> initial = new java.util.LinkedHashMap<>();
    putSent(initial, "label", refreshed(null, claim.label(), 255));
    putSent(initial, "title", refreshed(null, claim.title(), 500));
    putSent(
        initial,
        "nrps_memberships_url",
        refreshed(
            null,
            launch
                .namesRoleService()
                .map(LtiLaunch.NamesRoleService::contextMembershipsUrl)
                .orElse(null),
            2000));
    return initial;
  }

  private static void putSent(java.util.Map<String, String> columns, String column, String value) {
    if (value != null) {
      columns.put(column, value);
    }
  }

  /**
   * The time to record as "last seen": now for a new row or one not seen for {@link
   * #TOUCH_INTERVAL}, else the stored time. A user launching many times an hour then costs no write
   * at all when nothing else changed (deferred change detection writes only changed rows).
   */
  static LocalDateTime touched(LocalDateTime stored, LocalDateTime now) {
    return stored == null || stored.plus(TOUCH_INTERVAL).isBefore(now) ? now : stored;
  }

  /**
   * The new value when the platform sent one (cut to the column's size, NUL characters removed:
   * PostgreSQL cannot store them, and a launch is not refused for a name), else the stored one.
   */
  static String refreshed(String stored, String sent, int max) {
    if (sent == null || sent.isBlank()) {
      return stored;
    }
    String value = sent.replace("\u0000", "").strip();
    return value.length() > max ? value.substring(0, max) : value;
  }
}
