package kz.kenes.platform.mail;

/**
 * One plain-text mail to one address.
 *
 * @param to the recipient's address
 * @param subject one line
 * @param text the body, plain text
 * @param unsubscribeUrl where the recipient turns these mails off (also sent as {@code
 *     List-Unsubscribe}); null for none
 */
public record MailMessage(String to, String subject, String text, String unsubscribeUrl) {

  /** The longest subject kept; a longer one is cut. */
  public static final int MAX_SUBJECT = 300;

  /** The longest body kept; a longer one is cut. */
  public static final int MAX_TEXT = 20000;

  public MailMessage {
    subject = cut(subject.replaceAll("[\\r\\n]+", " ").strip(), MAX_SUBJECT);
    text = cut(text, MAX_TEXT);
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
