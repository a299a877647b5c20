package kz.kenes.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one {@link MailMessage} over SMTP with Jakarta Mail (Liberty's {@code mail-2.1} feature,
 * Eclipse Angus inside): a session made from the {@link SmtpSettings} at each send, STARTTLS when
 * asked, authentication when a user is set, plain text in UTF-8 with {@code List-Unsubscribe} (RFC
 * 2369, one-click per RFC 8058) and {@code Auto-Submitted: auto-generated} (RFC 3834).
 */
@ApplicationScoped
public class SmtpMailer {

  /** Why a mail was not sent; {@code permanent} when trying again cannot help. */
  public static final class MailFailure extends Exception {
    private final boolean permanent;

    public MailFailure(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }

  public void send(SmtpSettings smtp, MailMessage mail, Instant now) throws MailFailure {
    try {
      Session session = session(smtp);
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(smtp.from(), true));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.text(), "UTF-8");
      message.setSentDate(Date.from(now));
      message.setHeader("Auto-Submitted", "auto-generated");
      if (mail.unsubscribeUrl() != null) {
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
      Transport.send(message);
    } catch (AddressException e) {
      throw new MailFailure("invalid address: " + e.getMessage(), true, e);
    } catch (SendFailedException e) {
      boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      throw new MailFailure(String.valueOf(e.getMessage()), refused, e);
    } catch (MessagingException e) {
      throw new MailFailure(String.valueOf(e), false, e);
    }
  }

  static Session session(SmtpSettings smtp) {
    Properties props = new Properties();
    String timeout = String.valueOf(smtp.timeout().toMillis());
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", smtp.host());
    props.put("mail.smtp.port", String.valueOf(smtp.port()));
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    props.put("mail.smtp.writetimeout", timeout);
    props.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
    if (smtp.user().isBlank()) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(smtp.user(), smtp.password());
          }
        });
  }
}
