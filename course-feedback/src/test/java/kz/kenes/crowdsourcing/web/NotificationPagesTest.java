package kz.kenes.crowdsourcing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.kenes.crowdsourcing.application.Notifications;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationPagesTest {

  private static final Views VIEWS = TestViews.create();
  private static final Instant AT = Instant.parse("2026-03-01T09:30:15.123456Z");

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void aNotificationSaysWhenInThePagesLanguageNotAsAMachineTimestamp(String language) {
    Locale locale = Locale.forLanguageTag(language);
    CampaignNotification accepted =
        new CampaignNotification(
            "lti:4", 1, 9, CampaignNotification.Kind.ACCEPTED, "The learners <support> it", AT);
    String html =
        render(locale, List.of(new Notifications.Entry(accepted, "GIS", "Revise AGR", true)));
    assertThat(html)
        .doesNotContain("??")
        .contains("href=\"/app/proposals/9?kt=page-ref\"")
        .contains("The learners &lt;support&gt; it")
        .contains("datetime=\"2026-03-01T09:30:15.123456Z\"")
        .contains(">" + CampaignDates.dateTime(AT, locale) + "</time>")
        .doesNotContain(">2026-03-01T09:30:15.123456Z<");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void aNotificationNamesItsProposalAndCampaignEscapedAndLinksOnlyWhereTheReaderMayOpenIt(
      String language) {
    Locale locale = Locale.forLanguageTag(language);
    CampaignNotification open =
        new CampaignNotification("lti:4", 1, 9, CampaignNotification.Kind.SHORTLISTED, "Good", AT);
    CampaignNotification closed =
        new CampaignNotification("lti:4", 2, 12, CampaignNotification.Kind.REJECTED, "No", AT);
    String html =
        render(
            locale,
            List.of(
                new Notifications.Entry(open, "GIS <skills>", "Revise <AGR> & more", true),
                new Notifications.Entry(closed, "Drones \"now\"", "Old campaign", false)));

    assertThat(html)
        .doesNotContain("??")
        .doesNotContain("<skills>", "<AGR>")
        .contains("href=\"/app/proposals/9?kt=page-ref\">GIS &lt;skills&gt;</a>")
        .contains("Revise &lt;AGR&gt; &amp; more")
        .contains("<span>Drones &quot;now&quot;</span>")
        .contains("Old campaign")
        .doesNotContain("/app/proposals/12");
  }

  /** The notifications page of {@code entries}, proposals linked as /app/proposals/{id}. */
  private static String render(Locale locale, List<Notifications.Entry> entries) {
    PageModel page =
        PageModel.of(locale, "notifications.title")
            .with("pageTitle", null)
            .with(
                "notifications",
                NotificationPagesResource.rows(
                    entries, locale, id -> "/app/proposals/" + id + "?kt=page-ref"))
            .with("mailOn", false)
            .with("mailsOff", false)
            .with("formAction", NotificationPagesResource.PATH + "/mail")
            .with("kt", "page-ref")
            .with("csrf", "csrf-token");
    return VIEWS.render("crowdsourcing/notifications", locale, page.asMap());
  }
}
