package kz.kenes.crowdsourcing.application;

/**
 * A revision as a client opens or describes it: title, summary, and the sealed record it corrects
 * (null for none).
 */
public record RevisionCommand(String title, String summary, Long correctsId) {

  /** The checked title and summary. */
  record Valid(String title, String summary, Long correctsId) {}

  Valid validate() {
    return new Valid(
        RevisionInput.text("title", title, 300),
        RevisionInput.optionalText("summary", summary, 4000),
        correctsId);
  }
}
