package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.quiz.application.BankAccess.Bank;
import kz.kenes.quiz.application.QuestionBanks;
import kz.kenes.quiz.application.QuestionBanks.BankSummary;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.Texts;

/**
 * Renders the question bank pages ({@code templates/quiz/banks.html}, {@code bank.html}, {@code
 * bank-question.html}).
 */
@ApplicationScoped
public class BankPages {

  @Inject Views views;

  /** A bank's list filter: the tags asked for (null: any) and the first row shown. */
  public record Filter(String competency, String outcome, int offset) {
    Map<String, String> query(int from) {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("competency", blank(competency) ? null : competency);
      query.put("outcome", blank(outcome) ? null : outcome);
      query.putAll(PageModel.offsetQuery(from));
      return query;
    }
  }

  public record BankRow(String title, String program, String module, long size, String href) {}

  public record QuestionRow(
      String code,
      String type,
      String text,
      String competencies,
      String outcomes,
      String editHref,
      String removeAction) {}

  String list(PageRequest request, List<BankSummary> banks) {
    PageModel page = request.page("bank.title.list", BankPagesResource.PATH, Map.of());
    page.with(
            "banks",
            banks.stream()
                .map(
                    s ->
                        new BankRow(
                            s.bank().title(),
                            s.bank().programCode(),
                            s.bank().moduleCode(),
                            s.size(),
                            page.link(BankPagesResource.bankPath(s.bank().moduleId()), Map.of())))
                .toList())
        .with("quizzesUrl", page.link(QuizStaffPagesResource.PATH, Map.of()));
    return views.render("quiz/banks", request.locale(), page.asMap());
  }

  String bank(
      PageRequest request,
      QuestionBanks.Page found,
      Filter filter,
      String done,
      Map<String, String> posted,
      DomainException refused) {
    Bank bank = found.bank();
    String path = BankPagesResource.bankPath(bank.moduleId());
    PageModel page = request.page("bank.title", path, filter.query(filter.offset()));
    String language = request.locale().getLanguage();
    page.with("pageTitle", bank.title())
        .with("bankTitle", bank.title())
        .with("program", bank.programCode())
        .with("module", bank.moduleCode())
        .with("competencyTags", bank.competencies())
        .with("outcomeTags", bank.outcomes())
        .with("competency", filter.competency())
        .with("outcome", filter.outcome())
        .with("filterAction", path)
        .with("addAction", path)
        .with("newQuestionUrl", page.link(path + "/questions/new", Map.of()))
        .with(
            "questions",
            found.items().stream()
                .map(
                    q ->
                        new QuestionRow(
                            q.code(),
                            q.question().type().name(),
                            Texts.in(q.question().text(), language),
                            String.join(" · ", q.competencies()),
                            String.join(" · ", q.outcomes()),
                            page.link(
                                BankPagesResource.questionPath(bank.moduleId(), q.id()), Map.of()),
                            BankPagesResource.questionPath(bank.moduleId(), q.id()) + "/remove"))
                .toList())
        .with("posted", posted)
        .with("fieldErrors", refused == null ? Map.of() : refused.fieldErrors())
        .with("error", refused == null ? null : refused.getMessage())
        .with("done", done)
        .with("banksUrl", page.link(BankPagesResource.PATH, Map.of()))
        .withPager(
            filter.offset(),
            found.items().size(),
            BankPagesResource.PAGE_SIZE,
            found.total(),
            from -> page.link(path, filter.query(from)));
    return views.render("quiz/bank", request.locale(), page.asMap());
  }

  String question(
      PageRequest request,
      BankQuestion q,
      String done,
      Map<String, String> posted,
      DomainException refused) {
    String path = BankPagesResource.questionPath(q.moduleId(), q.id());
    PageModel page = request.page("bank.question.title", path, Map.of());
    Map<String, String> values = new HashMap<>();
    values.put("points", QuestionField.number(q.question().points()));
    values.put("competencies", String.join("\n", q.competencies()));
    values.put("outcomes", String.join("\n", q.outcomes()));
    values.put("mandatory", q.question().mandatory() ? "on" : null);
    if (posted != null) {
      values.putAll(posted);
      values.put("mandatory", posted.get("mandatory"));
    }
    page.with("pageTitle", q.code())
        .with("code", q.code())
        .with("type", q.question().type().name())
        .with("text", Texts.in(q.question().text(), request.locale().getLanguage()))
        .with("values", values)
        .with("action", path)
        .with("removeAction", path + "/remove")
        .with("contentUrl", page.link(path + "/content", Map.of()))
        .with("fieldErrors", refused == null ? Map.of() : refused.fieldErrors())
        .with("error", refused == null ? null : refused.getMessage())
        .with("done", done)
        .with("bankUrl", page.link(BankPagesResource.bankPath(q.moduleId()), Map.of()));
    return views.render("quiz/bank-question", request.locale(), page.asMap());
  }

  /** The non-blank lines of a textarea, stripped. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    return lines;
  }

  static Map<String, String> firstValues(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
    Map<String, String> values = new HashMap<>();
    form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
    return values;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
