package kz.kenes.crowdsourcing.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.mail.MailMessage;

/**
 * The words of a notification's mail, in the recipient's language (Kazakh, Russian or English, from
 * the {@code mail.notification.*} texts): a subject naming what happened to which proposal, a
 * greeting, the sentence of what happened, the reason, a link to the proposal and, at the end, the
 * link that turns these mails off. Plain text.
 */
public final class NotificationMailText {

  private NotificationMailText() {}

  /**
   * What a notification mail says.
   *
   * @param reason the decision's reason, the expert's evaluation or where it was merged; shown for
   *     every kind but {@code SHORTLISTED}, whose reason is a fixed sentence
   */
  public record Facts(
      CampaignNotification.Kind kind,
      String proposalTitle,
      String campaignTitle,
      String reason,
      String proposalUrl,
      String unsubscribeUrl) {}

  public static MailMessage build(String to, String name, Locale locale, Facts facts) {
    ResourceBundle texts = Messages.bundle(locale);
    String kind = facts.kind().code();
    StringBuilder body = new StringBuilder();
    body.append(
            name == null || name.isBlank()
                ? texts.getString("mail.notification.hello")
                : format(texts, locale, "mail.notification.hello.named", name.strip()))
        .append("\n\n")
        .append(
            format(
                texts,
                locale,
                "mail.notification." + kind,
                facts.proposalTitle(),
                facts.campaignTitle()))
        .append('\n');
    if (facts.kind() != CampaignNotification.Kind.SHORTLISTED && !facts.reason().isBlank()) {
      String label =
          facts.kind() == CampaignNotification.Kind.ACCEPTED
                  || facts.kind() == CampaignNotification.Kind.REJECTED
              ? "mail.notification.reason"
              : "mail.notification.details";
      body.append('\n').append(format(texts, locale, label, facts.reason())).append('\n');
    }
    body.append('\n')
        .append(format(texts, locale, "mail.notification.open", facts.proposalUrl()))
        .append("\n\n-- \n")
        .append(format(texts, locale, "mail.notification.footer", facts.unsubscribeUrl()))
        .append('\n');
    return new MailMessage(
        to,
        format(texts, locale, "mail.notification.subject." + kind, facts.proposalTitle()),
        body.toString(),
        facts.unsubscribeUrl());
  }

  private static String format(ResourceBundle texts, Locale locale, String key, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
