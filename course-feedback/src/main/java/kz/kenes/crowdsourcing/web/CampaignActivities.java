package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Campaigns;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityProvider;
import kz.kenes.platform.domain.NotFound;

/**
 * Campaigns as activities placed in a course page (type {@code campaign}, reference {@code
 * campaign:<id>}): the picker lists the campaigns of the programs the course delivers; a launch of
 * a placed campaign opens its page, for every role that takes part.
 */
@ApplicationScoped
public class CampaignActivities implements ActivityProvider {

  public static final String TYPE = "campaign";

  static final int PICKER_LIMIT = 100;

  @Inject SessionStore sessions;
  @Inject Campaigns campaigns;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<Activity> placeable(ActivityCaller caller) {
    return campaigns.ofCourse(session(caller), PICKER_LIMIT).stream()
        .map(
            e ->
                new Activity(
                    TYPE,
                    e.campaign().id().toString(),
                    e.campaign().title(),
                    false,
                    CampaignPageResource.path(e.campaign().id())))
        .toList();
  }

  @Override
  public Optional<String> landing(ActivityCaller caller, String id) {
    long campaignId = campaignId(id);
    campaigns.view(CampaignCaller.of(session(caller)), campaignId);
    return Optional.of(CampaignPageResource.path(campaignId));
  }

  @Override
  public Optional<String> creationPath() {
    return Optional.empty();
  }

  private KenesSession session(ActivityCaller caller) {
    return sessions.requireById(caller.sessionId());
  }

  private static long campaignId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("There is no campaign " + id + ".");
    }
  }
}
