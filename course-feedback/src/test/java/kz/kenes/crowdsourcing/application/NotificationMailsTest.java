package kz.kenes.crowdsourcing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings;
import kz.kenes.identity.domain.PersonAddresses;
import kz.kenes.platform.mail.MailMessage;
import kz.kenes.platform.mail.MailOutbox;
import kz.kenes.platform.mail.MailSettings;
import kz.kenes.platform.mail.SmtpSettings;
import org.junit.jupiter.api.Test;

/** Who gets a notification's mail, and that nothing is queued while mail is off. */
class NotificationMailsTest {

  private final List<MailMessage> queued = new ArrayList<>();
  private final Map<String, NotificationMailSettings.Setting> stored = new java.util.HashMap<>();

  private NotificationMails mails(SmtpSettings smtp) {
    NotificationMails mails =
        new NotificationMails() {
          @Override
          String publicUrl() {
            return "https://kenes.example";
          }
        };
    mails.mail =
        new MailSettings() {
          @Override
          public SmtpSettings smtp() {
            return smtp;
          }
        };
    mails.outbox =
        new MailOutbox() {
          @Override
          public void queue(MailMessage message, Instant now) {
            queued.add(message);
          }
        };
    MailRecipients recipients = new MailRecipients();
    recipients.people =
        userRef ->
            userRef == 7
                ? Optional.of(new PersonAddresses.Address("learner@example.edu", "Aru", "ru-RU"))
                : Optional.empty();
    recipients.settings = settings();
    mails.recipients = recipients;
    return mails;
  }

  private NotificationMailSettings settings() {
    return new NotificationMailSettings() {
      @Override
      public Optional<Setting> find(String key) {
        return Optional.ofNullable(stored.get(key));
      }

      @Override
      public Optional<Setting> findByToken(String token) {
        return stored.values().stream().filter(s -> s.unsubscribeToken().equals(token)).findAny();
      }

      @Override
      public Setting ensure(String key, Instant now) {
        return stored.computeIfAbsent(key, k -> new Setting(k, null, null, false, "t-" + k));
      }

      @Override
      public void giveAddress(String key, String email, String locale, Instant now) {
        stored.put(
            key, new Setting(key, email, locale, false, ensure(key, now).unsubscribeToken()));
      }

      @Override
      public void switchMails(String key, boolean off, Instant now) {
        Setting s = ensure(key, now);
        stored.put(key, new Setting(key, s.email(), s.locale(), off, s.unsubscribeToken()));
      }
    };
  }

  private static final SmtpSettings ON =
      SmtpSettings.read(
          key -> Optional.ofNullable(Map.of(SmtpSettings.HOST, "localhost").get(key)));

  private static CampaignNotification to(String key) {
    return new CampaignNotification(
        key, 1, 2, CampaignNotification.Kind.REJECTED, "Too broad", Instant.EPOCH);
  }

  @Test
  void queuesNothingWhileMailIsOff() {
    assertThat(mails(SmtpSettings.OFF).queue(to("lti:7"), "GIS skills", "Revise AGR")).isFalse();
    assertThat(queued).isEmpty();
    assertThat(stored).isEmpty();
  }

  @Test
  void writesToTheLaunchAddressInTheLaunchLanguageWithAnUnsubscribeLink() {
    assertThat(mails(ON).queue(to("lti:7"), "GIS skills", "Revise AGR")).isTrue();
    assertThat(queued).hasSize(1);
    MailMessage mail = queued.get(0);
    assertThat(mail.to()).isEqualTo("learner@example.edu");
    assertThat(mail.subject()).contains("отклонено");
    assertThat(mail.text()).contains("Причина: Too broad").contains("/app/proposals/2");
    assertThat(mail.unsubscribeUrl()).endsWith("/mail/unsubscribe/t-lti:7");
  }

  @Test
  void writesToNobodyWithoutAnAddressOrWhoTurnedMailsOff() {
    NotificationMails mails = mails(ON);
    assertThat(mails.queue(to("lti:8"), "X", "Revise AGR")).isFalse();
    assertThat(mails.queue(to("inv:3:1"), "X", "Revise AGR")).isFalse();
    settings().switchMails("lti:7", true, Instant.EPOCH);
    assertThat(mails.queue(to("lti:7"), "X", "Revise AGR")).isFalse();
    assertThat(queued).isEmpty();
  }

  @Test
  void writesToTheAddressAGuestGave() {
    settings().giveAddress("inv:3:1", "employer@example.kz", "kk", Instant.EPOCH);
    assertThat(mails(ON).queue(to("inv:3:1"), "X", "Revise AGR")).isTrue();
    assertThat(queued.get(0).to()).isEqualTo("employer@example.kz");
    assertThat(queued.get(0).subject()).contains("қабылданбады");
  }

  @Test
  void knowsAnAddressWhenItSeesOne() {
    assertThat(MailRecipients.plausible("a.b@example.edu.kz")).isTrue();
    assertThat(MailRecipients.plausible("a@localhost")).isFalse();
    assertThat(MailRecipients.plausible("a@b.c\r\nBcc: x@y.z")).isFalse();
    assertThat(MailRecipients.plausible("no-at-sign")).isFalse();
    assertThat(MailRecipients.plausible(null)).isFalse();
  }
}
