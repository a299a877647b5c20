package kz.kenes.crowdsourcing.application;

import java.time.Instant;
import java.util.List;
import kz.kenes.crowdsourcing.domain.ModuleSpec;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionChangeKind;
import kz.kenes.platform.domain.InvalidInput;

/**
 * A change as a client adds it to a draft: {@code kind} ({@code competencies}, {@code outcomes},
 * {@code content}, {@code new-module}, {@code removal}), {@code moduleCode}, what the module
 * becomes (only the fields the kind uses), a note, the proposals it comes from, and who approved it
 * and when ({@code approvedAt} ISO-8601; both default to the caller and now).
 */
public record ChangeCommand(
    String kind,
    String moduleCode,
    String title,
    Integer credits,
    Integer hours,
    List<String> competencies,
    List<String> learningOutcomes,
    List<ModuleSpec.LessonSpec> lessons,
    String note,
    List<Long> proposalIds,
    String approvedBy,
    String approvedAt) {

  static final int MAX_PROPOSALS = 100;

  /** The change this command describes, its module's content not yet checked. */
  RevisionChange validate(String caller, Instant now) {
    RevisionChangeKind checkedKind =
        RevisionChangeKind.ofCode(kind == null ? "" : kind.strip())
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "kind",
                        "'kind' is one of competencies, outcomes, content, new-module, removal."));
    String code = RevisionInput.code("moduleCode", moduleCode);
    String by = RevisionInput.optionalText("approvedBy", approvedBy, 200);
    return new RevisionChange(
        checkedKind,
        code,
        spec(checkedKind),
        RevisionInput.optionalText("note", note, 4000),
        RevisionInput.ids("proposalIds", proposalIds, MAX_PROPOSALS),
        by.isEmpty() ? caller : by,
        RevisionInput.pastInstant("approvedAt", approvedAt, now),
        null,
        null);
  }

  private ModuleSpec spec(RevisionChangeKind checkedKind) {
    return switch (checkedKind) {
      case COMPETENCIES ->
          new ModuleSpec(null, null, null, required("competencies", competencies), null, null);
      case OUTCOMES ->
          new ModuleSpec(
              null, null, null, null, required("learningOutcomes", learningOutcomes), null);
      case CONTENT, NEW_MODULE ->
          new ModuleSpec(title, credits, hours, competencies, learningOutcomes, lessons);
      case REMOVAL -> ModuleSpec.NONE;
    };
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInput(field, "'" + field + "' is required for this kind of change.");
    }
    return value;
  }
}
