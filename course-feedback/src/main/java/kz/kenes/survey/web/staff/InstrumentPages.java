package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.application.InstrumentLibrary;
import kz.kenes.survey.application.InstrumentService;
import kz.kenes.survey.application.Listing;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentVersion;

/**
 * Renders the administrator's instrument pages: the list with the starter library to install from,
 * one version's items (read-only), and the edit form where the definition is pasted as JSON.
 */
@ApplicationScoped
public class InstrumentPages {

  static final String PATH = InstrumentPagesResource.PATH;
  static final Set<String> CONFIRMATIONS = Set.of("installed", "saved", "new-version", "created");

  /**
   * The definition the "new instrument" page starts from: every field an instrument needs, empty,
   * with one scale item to copy. Not a sample: it does not validate until the administrator fills
   * it in.
   */
  static final String BLANK =
      """
      {
        "code": "",
        "title": {"kk": "", "ru": "", "en": ""},
        "levels": {"highFrom": 2.5, "dissatisfiedBelow": 1.5},
        "items": [
          {"code": "Q01", "kind": "scale", "reversed": false, "text": {"kk": "", "ru": "", "en": ""}}
        ]
      }
      """;

  @Inject InstrumentService instruments;
  @Inject InstrumentLibrary library;
  @Inject Views views;

  /** An instrument in the list. */
  public record Row(String code, String title, String audience, int version, String url) {}

  /** A starter instrument of the library, and whether it is installed already. */
  public record Starter(String code, String title, boolean installed) {}

  /** One item of a version. */
  public record ItemRow(
      String code, String kind, boolean reversed, String text, List<String> options) {}

  /** A version in the version list. */
  public record VersionRow(int number, String created, int items, String url, boolean shown) {}

  /** The edit form as typed, and why it was refused: service field to message. */
  record Edit(String definition, String jsonErrorKey, Map<String, String> fieldErrors) {}

  /** Instruments listed on one page of the list. */
  static final int PAGE_SIZE = 50;

  String list(PageRequest request, String done, String installError) {
    return list(request, 0, done, installError);
  }

  /** The list from the {@code offset}-th instrument (by code), and the starter library. */
  String list(PageRequest request, int offset, String done, String installError) {
    int start = Math.max(0, offset);
    PageModel page =
        request
            .page("instrument.admin.list.title", PATH, PageModel.offsetQuery(start))
            .with("section", "instruments");
    String language = request.locale().getLanguage();
    Listing<Instrument> found = instruments.page(start, PAGE_SIZE);
    List<Row> rows =
        found.items().stream()
            .map(
                i ->
                    new Row(
                        i.code(),
                        title(i.current(), language),
                        i.audience().orElse(""),
                        i.currentVersionNumber(),
                        page.link(PATH + "/" + i.id(), Map.of())))
            .toList();
    List<Starter> starters =
        library.all().stream()
            .map(
                d -> new Starter(d.code(), d.title().in(language), instruments.installed(d.code())))
            .toList();
    page.withPager(
        start,
        rows.size(),
        PAGE_SIZE,
        found.total(),
        from -> page.link(PATH, PageModel.offsetQuery(from)));
    page.with("section", "instruments")
        .with("instruments", rows)
        .with("starters", starters)
        .with("installAction", PATH + "/library")
        .with("newUrl", page.link(PATH + "/new", Map.of()))
        .with("installError", installError)
        .with("surveysUrl", page.link(SurveyPagesResource.PATH, Map.of()));
    return views.render("surveys/staff/instruments", request.locale(), confirm(page, done).asMap());
  }

  String instrument(
      PageRequest request, Instrument instrument, InstrumentVersion shown, String done) {
    String path = PATH + "/" + instrument.id();
    PageModel page =
        request.page("instrument.admin.view.title", path, Map.of()).with("section", "instruments");
    String language = request.locale().getLanguage();
    List<VersionRow> versions =
        instrument.versions().stream()
            .map(
                v ->
                    new VersionRow(
                        v.number(),
                        StaffForms.shown(v.createdAt()),
                        v.items().size(),
                        page.link(path, Map.of("version", String.valueOf(v.number()))),
                        v.number() == shown.number()))
            .toList();
    page.with("section", "instruments")
        .with("pageTitle", title(shown, language))
        .with("code", instrument.code())
        .with("audience", instrument.audience().orElse(""))
        .with("version", shown.number())
        .with("current", instrument.currentVersionNumber())
        .with("description", shown.description().in(language))
        .with("highFrom", shown.cutoffs().highFrom())
        .with("dissatisfiedBelow", shown.cutoffs().dissatisfiedBelow())
        .with("versions", versions)
        .with("items", shown.items().stream().map(i -> item(i, language)).toList())
        .with("editUrl", page.link(path + "/edit", Map.of()))
        .with("backUrl", page.link(PATH, Map.of()));
    return views.render("surveys/staff/instrument", request.locale(), confirm(page, done).asMap());
  }

  /** The page that writes a new instrument as JSON; {@code edit} is null for the blank one. */
  String create(PageRequest request, Edit edit) {
    PageModel page =
        request
            .page("instrument.admin.new.title", PATH + "/new", Map.of())
            .with("section", "instruments");
    page.with("creating", true)
        .with(
            "definition", edit == null ? BLANK : edit.definition() == null ? "" : edit.definition())
        .with("jsonError", edit == null ? null : edit.jsonErrorKey())
        .with("fieldErrors", edit == null ? Map.of() : edit.fieldErrors())
        .with("editAction", PATH + "/new")
        .with("backUrl", page.link(PATH, Map.of()));
    return views.render("surveys/staff/instrument-edit", request.locale(), page.asMap());
  }

  String edit(PageRequest request, Instrument instrument, Edit edit) {
    String path = PATH + "/" + instrument.id();
    PageModel page =
        request
            .page("instrument.admin.edit.title", path + "/edit", Map.of())
            .with("section", "instruments");
    String text =
        edit == null
            ? InstrumentJson.write(instrument.current().toDefinition())
            : edit.definition();
    page.with("section", "instruments")
        .with("code", instrument.code())
        .with("current", instrument.currentVersionNumber())
        .with("next", instrument.currentVersionNumber() + 1)
        .with("answered", instruments.answered(instrument))
        .with("definition", text == null ? "" : text)
        .with("jsonError", edit == null ? null : edit.jsonErrorKey())
        .with("fieldErrors", edit == null ? Map.of() : edit.fieldErrors())
        .with("creating", false)
        .with("editAction", path)
        .with("backUrl", page.link(path, Map.of()));
    return views.render("surveys/staff/instrument-edit", request.locale(), page.asMap());
  }

  private static PageModel confirm(PageModel page, String done) {
    return done != null && CONFIRMATIONS.contains(done)
        ? page.with("confirmation", "instrument.admin.done." + done)
        : page;
  }

  private static ItemRow item(InstrumentItem item, String language) {
    return new ItemRow(
        item.code(),
        item.kind().code(),
        item.reversed(),
        item.text().in(language),
        item.options().stream()
            .map(o -> o.code() + ": " + o.text().in(language))
            .collect(Collectors.toList()));
  }

  private static String title(InstrumentVersion version, String language) {
    return version.title().in(language);
  }
}
