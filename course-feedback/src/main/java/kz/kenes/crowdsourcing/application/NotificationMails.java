package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.mail.MailOutbox;
import kz.kenes.platform.mail.MailSettings;

/**
 * The e-mail of a notification (ADR 0029): when mail is configured and the recipient has an address
 * and has not turned mails off, the mail is written to the outbox in the transaction of the action
 * that notified them, and sent later by the mail worker. With mail off (no SMTP host) nothing is
 * written: the notification stays in Kenes only.
 */
@ApplicationScoped
public class NotificationMails {

  /** The page that turns a recipient's mails off, by the token of their mails. */
  public static final String UNSUBSCRIBE_PATH = "/mail/unsubscribe/";

  @Inject MailSettings mail;
  @Inject MailOutbox outbox;
  @Inject MailRecipients recipients;
  @Inject KenesConfig config;

  /**
   * Queues the mail of {@code notification} about the proposal titled {@code proposalTitle} of the
   * campaign titled {@code campaignTitle}; whether one was queued.
   */
  public boolean queue(
      CampaignNotification notification, String proposalTitle, String campaignTitle) {
    if (!mail.smtp().enabled()) {
      return false;
    }
    Optional<MailRecipients.Recipient> recipient =
        recipients.of(notification.recipientKey(), notification.createdAt());
    if (recipient.isEmpty()) {
      return false;
    }
    MailRecipients.Recipient to = recipient.get();
    String base = publicUrl();
    Locale locale = Messages.supported(to.locale()).orElse(Locale.ENGLISH);
    outbox.queue(
        NotificationMailText.build(
            to.email(),
            to.name(),
            locale,
            new NotificationMailText.Facts(
                notification.kind(),
                proposalTitle,
                campaignTitle,
                notification.reason(),
                base + "/app/proposals/" + notification.proposalId(),
                base + UNSUBSCRIBE_PATH + to.unsubscribeToken())),
        notification.createdAt());
    return true;
  }

  /** The public base URL the mail's links start with. */
  String publicUrl() {
    return config.publicUrl().toString();
  }
}
