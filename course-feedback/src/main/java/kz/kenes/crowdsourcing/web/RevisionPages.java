package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.RevisionDiffs;
import kz.kenes.crowdsourcing.application.RevisionLedger;
import kz.kenes.crowdsourcing.application.RevisionMonitors;
import kz.kenes.crowdsourcing.domain.RevisionChain;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionMonitoring;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;

/**
 * Renders the revision pages of {@link RevisionPagesResource}: a program's history with the chain
 * check, one record with its changes and survey rounds, the confirmation before applying, and the
 * diff between two versions of a module.
 */
@ApplicationScoped
public class RevisionPages {

  static final int PAGE_SIZE = 20;

  @Inject RevisionLedger ledger;
  @Inject RevisionMonitors monitors;
  @Inject RevisionDiffs diffs;
  @Inject ProgramCatalog programs;
  @Inject Views views;
  @Inject PeopleNames people;

  /** A record in the history list. */
  public record Row(
      long id,
      String title,
      boolean sealed,
      Integer position,
      String modules,
      String at,
      String hash,
      String url) {}

  /** A change of a record, with the diff of the versions it made. */
  public record ChangeRow(
      int number,
      String kind,
      String moduleCode,
      String proposals,
      String approvedBy,
      String approvedAt,
      String note,
      String versions,
      String diffUrl) {}

  /** A linked survey round. */
  public record RoundRow(long surveyId, long roundId, String phase) {}

  static String historyPath(long programId) {
    return "/app/admin/programs/" + programId + "/revisions";
  }

  String history(PageRequest request, long programId, String module, int start) {
    UniversityScope scope = request.session().scope();
    EducationalProgram program = programs.find(scope, programId);
    String path = historyPath(programId);
    PageModel page = request.page("revisions.title", path, Map.of());
    List<RevisionRecord> records;
    long total;
    if (module == null || module.isBlank()) {
      RevisionLedger.Page found = ledger.history(scope, programId, start, PAGE_SIZE);
      records = found.items();
      total = found.total();
      page.withPager(
          start,
          records.size(),
          PAGE_SIZE,
          total,
          from -> page.link(path, PageModel.offsetQuery(from)));
    } else {
      records = ledger.moduleHistory(scope, programId, module);
      total = records.size();
    }
    RevisionChain.Verdict verdict = ledger.check(scope, programId);
    page.with("program", program.code())
        .with("programName", program.name())
        .with("module", module == null ? "" : module)
        .with("rows", records.stream().map(r -> row(page, programId, r)).toList())
        .with("verdict", verdict)
        .with("action", path)
        .with("programUrl", page.link("/app/admin/programs/" + programId, Map.of()));
    return render("crowdsourcing/revisions", request, page);
  }

  String record(PageRequest request, long programId, long id, String done) {
    RevisionRecord record = find(request, programId, id);
    String path = historyPath(programId) + "/" + id;
    PageModel page = request.page("revisions.record.title", path, Map.of());
    List<RevisionMonitoring> links =
        monitors.links(java.util.Optional.of(request.session()), record.id());
    page.with("record", record)
        .with("sealed", record.isSealed())
        .with("seal", record.seal())
        .with("changes", changes(page, programId, record, approvers(record, request)))
        .with("rounds", links.stream().map(RevisionPages::round).toList())
        .with(
            "reports",
            RevisionMonitors.reportPaths(links).stream().map(p -> page.link(p, Map.of())).toList())
        .with("applyUrl", page.link(path + "/apply", Map.of()))
        .with("historyUrl", page.link(historyPath(programId), Map.of()))
        .with("done", done);
    return render("crowdsourcing/revision", request, page);
  }

  String confirmApply(PageRequest request, long programId, long id) {
    RevisionRecord record = find(request, programId, id);
    String path = historyPath(programId) + "/" + id;
    PageModel page = request.page("revisions.apply.title", path + "/apply", Map.of());
    page.with("record", record)
        .with("changes", changes(page, programId, record, approvers(record, request)))
        .with("applyAction", path + "/apply")
        .with("cancelUrl", page.link(path, Map.of()));
    return render("crowdsourcing/revision-apply", request, page);
  }

  String diff(PageRequest request, long programId, String code, int from, int to) {
    RevisionDiffs.Diff diff = diffs.between(request.session().scope(), programId, code, from, to);
    PageModel page =
        request.page(
            "revisions.diff.title",
            historyPath(programId) + "/diff",
            Map.of("module", code, "from", "" + from, "to", "" + to));
    page.with("diff", diff)
        .with("historyUrl", page.link(historyPath(programId), Map.of("module", code)));
    return render("crowdsourcing/revision-diff", request, page);
  }

  private RevisionRecord find(PageRequest request, long programId, long id) {
    RevisionRecord record = ledger.find(request.session().scope(), id);
    if (record.programId() != programId) {
      throw new kz.kenes.platform.domain.NotFound(
          "Program " + programId + " has no revision " + id + ".");
    }
    return record;
  }

  private static Row row(PageModel page, long programId, RevisionRecord r) {
    RevisionRecord.Seal seal = r.seal();
    return new Row(
        r.id(),
        r.title(),
        r.isSealed(),
        seal == null ? null : seal.position(),
        String.join(", ", r.changes().stream().map(RevisionChange::moduleCode).toList()),
        time(seal == null ? r.createdAt() : seal.sealedAt()),
        seal == null ? "" : seal.recordHash().substring(0, 12),
        page.link(historyPath(programId) + "/" + r.id(), Map.of()));
  }

  /** The names of the people who approved the record's changes, looked up at once. */
  private PeopleNames.Names approvers(RevisionRecord record, PageRequest request) {
    return people.approvers(
        record.changes().stream().map(RevisionChange::approvedBy).toList(), request.locale());
  }

  private static List<ChangeRow> changes(
      PageModel page, long programId, RevisionRecord record, PeopleNames.Names names) {
    List<RevisionChange> changes = record.changes();
    return java.util.stream.IntStream.range(0, changes.size())
        .mapToObj(
            i -> {
              RevisionChange c = changes.get(i);
              boolean changed = c.isApplied() && !c.fromVersion().equals(c.toVersion());
              return new ChangeRow(
                  i + 1,
                  c.kind().code(),
                  c.moduleCode(),
                  String.join(", ", c.proposalIds().stream().map(String::valueOf).toList()),
                  names.of(c.approvedBy()),
                  time(c.approvedAt()),
                  c.note(),
                  c.isApplied() ? c.fromVersion() + " → " + c.toVersion() : "",
                  changed
                      ? page.link(
                          historyPath(programId) + "/diff",
                          Map.of(
                              "module",
                              c.moduleCode(),
                              "from",
                              "" + c.fromVersion(),
                              "to",
                              "" + c.toVersion()))
                      : null);
            })
        .toList();
  }

  private static RoundRow round(RevisionMonitoring link) {
    return new RoundRow(link.surveyId(), link.roundId(), link.phase().code());
  }

  private static String time(java.time.Instant instant) {
    return instant.toString().substring(0, 16).replace('T', ' ') + " UTC";
  }

  private String render(String template, PageRequest request, PageModel page) {
    page.with("section", "programs");
    return views.render(template, request.locale(), page.asMap());
  }
}
