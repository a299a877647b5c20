package kz.kenes.crowdsourcing.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRowGenerator;
import java.util.Arrays;
import java.util.List;

/**
 * The difference between two texts of a proposal, line by line (java-diff-utils): shown as a
 * unified diff beside every version, and the test of an amendment, which may only add lines.
 */
public final class ProposalDiff {

  private ProposalDiff() {}

  /** The unified diff from {@code before} to {@code after}, without file headers. */
  public static String unified(String before, String after) {
    List<String> from = lines(before);
    Patch<String> patch = DiffUtils.diff(from, lines(after));
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", from, patch, 2);
    return String.join("\n", diff.subList(2, diff.size()));
  }

  /**
   * A line of the side-by-side diff: {@code equal}, {@code insert}, {@code delete} or {@code
   * change}.
   */
  public record Row(String tag, String oldLine, String newLine) {}

  /**
   * The side-by-side diff from {@code before} to {@code after}, a row per line, as pages show it.
   */
  public static List<Row> rows(String before, String after) {
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(java.util.function.Function.identity())
            .build();
    return generator.generateDiffRows(lines(before), lines(after)).stream()
        .map(
            row ->
                new Row(
                    row.getTag().name().toLowerCase(java.util.Locale.ROOT),
                    row.getOldLine(),
                    row.getNewLine()))
        .toList();
  }

  /** Whether {@code after} keeps every line of {@code before} and only adds lines. */
  public static boolean onlyAdds(String before, String after) {
    Patch<String> patch = DiffUtils.diff(lines(before), lines(after));
    return patch.getDeltas().stream()
        .map(AbstractDelta::getType)
        .allMatch(type -> type == DeltaType.INSERT || type == DeltaType.EQUAL);
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty()
        ? List.of()
        : Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
  }
}
