package kz.kenes.integration.lti.application;

import java.util.Objects;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.lti.launch.LtiLaunch;

/**
 * What a launch says about grading its resource link, kept on the link so that a result recorded
 * later (without a launch at hand) can be delivered: the AGS endpoint claim, and the custom
 * parameters the link was placed with, {@code kenes_activity} ({@code <type>:<id>}) and {@code
 * kenes_grade} ({@code participation}). Every launch of a link carries its custom parameters, so
 * the latest launch's say (even none) is what is kept.
 */
final class LinkGrading {

  static final String ACTIVITY = "kenes_activity";
  static final String GRADE = "kenes_grade";

  private LinkGrading() {}

  static void refresh(LtiResourceLinkEntity link, LtiLaunch launch) {
    link.kenesActivity = IdentityRecorder.refreshed(null, launch.custom().get(ACTIVITY), 100);
    link.kenesGrade = IdentityRecorder.refreshed(null, launch.custom().get(GRADE), 40);
    launch
        .agsEndpoint()
        .ifPresent(
            ags -> {
              String lineItems = IdentityRecorder.refreshed(null, ags.lineitems(), 2000);
              if (!Objects.equals(lineItems, link.agsLineItems)) {
                link.lineItemFound = null;
              }
              link.agsScope =
                  IdentityRecorder.refreshed(null, String.join(" ", ags.scopes()), 1000);
              link.agsLineItems = lineItems;
              link.agsLineItem = IdentityRecorder.refreshed(null, ags.lineitem(), 2000);
            });
  }
}
