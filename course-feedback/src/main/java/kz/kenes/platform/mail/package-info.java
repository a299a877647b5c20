/**
 * E-mail out of Kenes (ADR 0029): {@link kz.kenes.platform.mail.MailOutbox}, the table a mail is
 * written to in the transaction of the action that caused it; {@link
 * kz.kenes.platform.mail.MailDelivery}, the worker that sends due mails over SMTP (Jakarta Mail of
 * Liberty's {@code mail-2.1} feature) with retries and backoff; {@link
 * kz.kenes.platform.mail.MailSettings}, the SMTP settings, off while no host is set. What a mail
 * says and to whom is the business of the context that writes it; this package knows no context.
 */
package kz.kenes.platform.mail;
