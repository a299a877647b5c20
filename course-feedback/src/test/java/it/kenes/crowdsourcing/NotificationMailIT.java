package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.kenes.support.Await;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Unique;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail notifications over HTTP and SMTP (docs/crowdsourcing.md, "Notifications", ADR 0029): the
 * test server sends mail to a fake SMTP server (GreenMail) on {@code kenes.it.smtp-port}. A
 * decision on a proposal mails its author once, with the reason and a link to the proposal; after
 * the author unsubscribes no mail comes; a mail queued while the SMTP server is down arrives once
 * it is up. That nothing is queued while mail is off (no SMTP host) is {@code
 * NotificationMailsTest}.
 */
class NotificationMailIT {

  private static final int SMTP_PORT = Integer.getInteger("kenes.it.smtp-port", 2525);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final CampaignWorld world = new CampaignWorld();
  private final String learnerAddress = Http.me(world.learner1Session).json().getString("email");
  private GreenMail smtp = startSmtp();

  private static GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    server.start();
    return server;
  }

  @AfterEach
  void close() {
    if (smtp != null) {
      smtp.stop();
    }
    world.close();
  }

  @Test
  void aDecisionMailsTheAuthorOnceWithTheReasonAndALinkBack() throws Exception {
    long campaign = world.openCampaign("hierarchical");
    long proposal = shortlisted(campaign, "GIS skills " + Unique.suffix());
    String reason = "Outside the program's field " + Unique.suffix();
    decide(campaign, proposal, reason);

    MimeMessage mail = awaitMailContaining(reason);
    assertThat(mail.getSubject()).contains("was rejected");
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo(learnerAddress);
    assertThat(text(mail))
        .contains("Reason: " + reason)
        .contains("/app/proposals/" + proposal)
        .contains("/mail/unsubscribe/");
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/mail/unsubscribe/");
    Thread.sleep(2000); // a second mail would have come by now
    assertThat(mailsContaining(reason)).hasSize(1);
    assertThat(mailsTo(world.learner2Session)).isEmpty();
  }

  @Test
  void noMailComesAfterTheAuthorUnsubscribed() throws Exception {
    long campaign = world.openCampaign("hierarchical");
    String title = "Drone mapping " + Unique.suffix();
    long proposal = shortlisted(campaign, title);
    MimeMessage shortlistedMail = awaitMailContaining(title);
    Matcher link =
        Pattern.compile("(http\\S+/mail/unsubscribe/[A-Za-z0-9_-]{43})")
            .matcher(text(shortlistedMail));
    assertThat(link.find()).as(text(shortlistedMail)).isTrue();
    String unsubscribe = URI.create(link.group(1)).getPath();

    HttpAnswer page = ok(Http.get(unsubscribe, "Accept", "text/html"), 200);
    assertThat(page.body()).contains("Stop these e-mails");
    HttpAnswer done =
        ok(
            Http.post(
                unsubscribe,
                "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click",
                "Accept",
                "text/html"),
            200);
    assertThat(done.body()).contains("data-unsubscribed");
    assertThat(Http.get("/mail/unsubscribe/" + "A".repeat(43), "Accept", "text/html").status())
        .isEqualTo(404);

    String reason = "Not this year " + Unique.suffix();
    decide(campaign, proposal, reason);
    Thread.sleep(4000);
    assertThat(mailsContaining(reason)).isEmpty();
    assertThat(ok(world.learner1.send("GET", "/api/crowdsourcing/notifications", null), 200).body())
        .contains(reason);

    // the notifications page shows the choice and turns mails on again
    String kt = Http.pageReference(world.learner1Session);
    HttpAnswer notifications =
        ok(Http.get("/app/notifications?kt=" + enc(kt), "Accept", "text/html"), 200);
    assertThat(notifications.body())
        .contains("data-mail-address")
        .contains(learnerAddress)
        .contains("E-mails are off.")
        .contains(reason)
        // the notification names its proposal and links to it
        .contains(">" + title + "</a>")
        .contains("/app/proposals/" + proposal + "?");
    HttpAnswer switched =
        Http.post(
            "/app/notifications/mail",
            "application/x-www-form-urlencoded",
            "kt=" + enc(kt) + "&csrf=" + enc(csrf(notifications.body())) + "&mails=on",
            "Accept",
            "text/html");
    assertThat(switched.status()).as("%s", switched).isEqualTo(303);
    assertThat(
            Http.post(
                    "/app/notifications/mail",
                    "application/x-www-form-urlencoded",
                    "kt=" + enc(kt) + "&csrf=wrong&mails=off",
                    "Accept",
                    "text/html")
                .status())
        .isEqualTo(403);
    assertThat(ok(Http.get("/app/notifications?kt=" + enc(kt), "Accept", "text/html"), 200).body())
        .contains("E-mails are on.");
  }

  @Test
  void aMailQueuedWhileTheSmtpServerIsDownArrivesOnceItIsUp() throws Exception {
    long campaign = world.openCampaign("hierarchical");
    long proposal = shortlisted(campaign, "Soil science " + Unique.suffix());
    smtp.stop();
    smtp = null;
    String reason = "Accepted after all " + Unique.suffix();
    decide(campaign, proposal, reason);
    Thread.sleep(3000); // the worker tries at once and again after 0.5-2 s: both fail
    smtp = startSmtp();
    assertThat(mailsContaining(reason)).isEmpty();
    MimeMessage mail = awaitMailContaining(reason);
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo(learnerAddress);
  }

  @Test
  void aGuestGivesAnAddressWhenJoiningAndSeesItOnTheNotificationsPage() {
    long campaign = world.openCampaign("hierarchical");
    world.moveTo(campaign, "collection");
    HttpAnswer link =
        ok(
            world.admin.send(
                "POST",
                "/api/campaigns/" + campaign + "/invitations",
                JsonText.of(Map.of("role", "participant", "group", "employer", "maxUses", 3))),
            201);
    String page = "/campaign-invitations/" + link.json().getString("token");
    assertThat(ok(Http.get(page, "Accept", "text/html"), 200).body()).contains("name=\"email\"");
    HttpAnswer refused =
        Http.post(
            page,
            "application/x-www-form-urlencoded",
            "email=not+an+address",
            "Accept",
            "text/html");
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    String address = "employer-" + Unique.suffix().toLowerCase() + "@example.kz";
    HttpAnswer joined =
        Http.post(
            page,
            "application/x-www-form-urlencoded",
            "email=" + enc(address),
            "Accept",
            "text/html");
    assertThat(joined.status()).as("%s", joined).isEqualTo(303);
    Matcher kt =
        Pattern.compile("[?&]kt=([^&]+)").matcher(joined.location().orElseThrow().toString());
    assertThat(kt.find()).isTrue();
    HttpAnswer campaignPage =
        ok(
            Http.get("/app/campaigns/" + campaign + "?kt=" + kt.group(1), "Accept", "text/html"),
            200);
    assertThat(campaignPage.body()).contains("data-notifications-link");
    HttpAnswer notifications =
        ok(Http.get("/app/notifications?kt=" + kt.group(1), "Accept", "text/html"), 200);
    assertThat(notifications.body()).contains(address).contains("E-mails are on.");
  }

  private long shortlisted(long campaign, String title) {
    world.moveTo(campaign, "collection");
    long proposal = world.propose(world.learner1, campaign, title, "Teach " + title);
    world.moveTo(campaign, "selection");
    ok(
        world.admin.send(
            "PUT",
            "/api/proposals/" + proposal + "/selection/shortlist",
            JsonText.of(Map.of("shortlisted", true))),
        200);
    return proposal;
  }

  private void decide(long campaign, long proposal, String reason) {
    world.moveTo(campaign, "voting");
    world.moveTo(campaign, "integration");
    ok(
        world.admin.send(
            "POST",
            "/api/proposals/" + proposal + "/selection/decision",
            JsonText.of(Map.of("decision", "reject", "reason", reason))),
        200);
  }

  private MimeMessage awaitMailContaining(String fragment) {
    Await.until(
        () -> !mailsContaining(fragment).isEmpty(),
        PATIENCE,
        () -> "no mail containing " + fragment);
    return mailsContaining(fragment).get(0);
  }

  private List<MimeMessage> mailsContaining(String fragment) {
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> text(m).contains(fragment) || subject(m).contains(fragment))
        .toList();
  }

  private List<MimeMessage> mailsTo(String session) {
    String address = Http.me(session).json().getString("email");
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) {
    try {
      return String.valueOf(m.getContent());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
