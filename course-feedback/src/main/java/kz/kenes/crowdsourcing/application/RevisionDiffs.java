package kz.kenes.crowdsourcing.application;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.application.ModuleCatalog;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ModuleContent;

/**
 * A readable diff between two versions of a module, made by java-diff-utils over the versions' text
 * ({@link #lines}): a unified diff for the API and rows side by side for the page. Version 0 is "no
 * module yet", so a new module's first version reads as all added.
 */
@ApplicationScoped
public class RevisionDiffs {

  @Inject ModuleCatalog modules;

  /** A row side by side: tag (equal, insert, delete, change), old line, new line. */
  public record Row(String tag, String oldLine, String newLine) {}

  /** The diff of two versions: the unified diff and the rows side by side. */
  public record Diff(String moduleCode, int from, int to, List<String> unified, List<Row> rows) {}

  public Diff between(UniversityScope scope, long programId, String code, int from, int to) {
    if (from < 0 || to < 1) {
      throw new InvalidInput("from", "Versions are numbered from 1 (0: before the module).");
    }
    List<String> before =
        from == 0 ? List.of() : lines(modules.version(scope, programId, code, from).content());
    List<String> after = lines(modules.version(scope, programId, code, to).content());
    return diff(code, from, to, before, after);
  }

  static Diff diff(String code, int from, int to, List<String> before, List<String> after) {
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            code + " v" + from, code + " v" + to, before, patch, 3);
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(java.util.function.Function.identity())
            .build();
    List<Row> rows = new ArrayList<>();
    for (DiffRow row : generator.generateDiffRows(before, after)) {
      rows.add(
          new Row(
              row.getTag().name().toLowerCase(java.util.Locale.ROOT),
              row.getOldLine(),
              row.getNewLine()));
    }
    return new Diff(code, from, to, unified, rows);
  }

  /** A module version as lines of text, one fact a line, in a fixed order. */
  static List<String> lines(ModuleContent content) {
    List<String> lines = new ArrayList<>();
    lines.add("title: " + content.title());
    lines.add("credits: " + content.credits());
    lines.add("hours: " + content.hours());
    for (String competency : content.outline().competencies()) {
      lines.add("competency: " + competency);
    }
    for (String outcome : content.outline().learningOutcomes()) {
      lines.add("outcome: " + outcome);
    }
    for (Lesson lesson : content.outline().lessons()) {
      lines.add("lesson: " + lesson.title());
      for (String step : lesson.steps()) {
        lines.add("  step: " + step);
      }
    }
    return lines;
  }
}
