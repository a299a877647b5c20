package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.HtmlPages;

/**
 * What the campaign pages do with a refused form: invalid input (an empty field, a number out of
 * range) and a conflict with the campaign's rules (a decision against the governance rule, a vote
 * outside voting, a used-up vote quota) show the same page again, with the message next to the form
 * and what the user typed kept, under the refusal's status (400, 409). Any other refusal (not
 * allowed, not found) is not about the input and goes on to the error page.
 *
 * <p>The message is the bundle's {@code crowdp.refused.<reason>} for the refusal's reason, else
 * {@code crowdp.invalid.<field>} for invalid input, else the service's own (English) message.
 */
@ApplicationScoped
public class RefusedForms {

  @Inject Messages messages;

  /**
   * Runs {@code action}; on a refusal about the input answers with {@code page} rendering the
   * refusal of form {@code form}; other refusals are rethrown.
   */
  public Response attempt(
      String form,
      MultivaluedMap<String, String> posted,
      Locale locale,
      Supplier<Response> action,
      Function<Refusal, String> page) {
    try {
      return action.get();
    } catch (InvalidInput | Conflict refused) {
      return HtmlPages.status(
          Problems.status(refused), page.apply(refusal(form, posted, refused, locale)));
    }
  }

  /**
   * The POST-redirect-GET of a page's form: runs {@code action}, which answers the confirmation to
   * show, and redirects to {@code back} with it; on a refusal about the input answers with {@code
   * page} rendering the refusal of form {@code form} (the same page again, the input kept); other
   * refusals are rethrown.
   */
  public Response submit(
      PageRequest request,
      String back,
      String form,
      MultivaluedMap<String, String> posted,
      Function<Refusal, String> page,
      Supplier<String> action) {
    return attempt(
        form, posted, request.locale(), () -> request.redirect(back, action.get()), page);
  }

  /** The refusal of {@code form} as its page shows it. */
  public Refusal refusal(
      String form, MultivaluedMap<String, String> posted, DomainException refused, Locale locale) {
    String field =
        refused instanceof InvalidInput && !refused.fieldErrors().isEmpty()
            ? refused.fieldErrors().keySet().iterator().next()
            : null;
    return new Refusal(form, message(refused, field, locale), field, Refusal.typed(posted));
  }

  private String message(DomainException refused, String field, Locale locale) {
    String byReason = "crowdp.refused." + refused.reason();
    String text = messages.text(locale, byReason);
    if (!byReason.equals(text)) {
      return text;
    }
    if (refused instanceof InvalidInput) {
      String byField = "crowdp.invalid." + (field == null ? "input" : field);
      text = messages.text(locale, byField);
      if (!byField.equals(text)) {
        return text;
      }
    }
    return refused.getMessage();
  }
}
