package kz.kenes.survey.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.kenes.survey.application.ResponseForm;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentVersion;

/**
 * What a respondent needs to answer a round, in one language: the instrument's texts, the items
 * with their options, the scale's labels, and the respondent's answers so far.
 */
public record FormView(
    long surveyId,
    long roundId,
    String surveyTitle,
    String roundLabel,
    String roundKind,
    String status,
    Instant closesAt,
    String language,
    String title,
    String description,
    List<ScalePoint> scale,
    List<ItemView> items,
    Map<String, Object> answers,
    boolean submitted,
    Instant submittedAt,
    Instant draftSavedAt) {

  /** A point of the 4-point scale and its label. */
  public record ScalePoint(int value, String label) {}

  /** An option of a choice item. */
  public record OptionView(String code, String text) {}

  /** An item in the respondent's language. */
  public record ItemView(
      String code,
      String kind,
      boolean required,
      Long moduleId,
      String text,
      List<OptionView> options) {}

  public static FormView of(ResponseForm form, String language, List<String> scaleLabels) {
    InstrumentVersion version = form.version();
    return new FormView(
        form.round().survey().id(),
        form.round().id(),
        form.round().survey().title(),
        form.round().label(),
        form.round().kind().code(),
        form.status().name().toLowerCase(java.util.Locale.ROOT),
        form.round().closesAt(),
        language,
        version.title().in(language),
        version.description().in(language),
        IntStream.range(0, scaleLabels.size())
            .mapToObj(i -> new ScalePoint(i, scaleLabels.get(i)))
            .toList(),
        version.items().stream().map(i -> item(i, language)).toList(),
        form.answers(),
        form.submitted(),
        form.submittedAt().orElse(null),
        form.draftSavedAt().orElse(null));
  }

  /**
   * The form of a module's feedback: the module feedback instrument's items asked about one module
   * version (no survey and no round: their ids are 0, the round label names the module version).
   */
  public static FormView ofModule(
      kz.kenes.survey.application.ModuleFeedback.Form form,
      String versionLabel,
      String language,
      List<String> scaleLabels) {
    InstrumentVersion version = form.version();
    boolean rated = !form.answers().isEmpty();
    return new FormView(
        0,
        0,
        form.module().title(),
        versionLabel,
        "module",
        "open",
        null,
        language,
        version.title().in(language),
        version.description().in(language),
        IntStream.range(0, scaleLabels.size())
            .mapToObj(i -> new ScalePoint(i, scaleLabels.get(i)))
            .toList(),
        version.items().stream().map(i -> item(i, language)).toList(),
        form.answers(),
        rated,
        form.ratedAt().orElse(null),
        null);
  }

  private static ItemView item(InstrumentItem item, String language) {
    return new ItemView(
        item.code(),
        item.kind().code(),
        item.required(),
        item.moduleId().orElse(null),
        item.text().in(language),
        item.options().stream().map(o -> new OptionView(o.code(), o.text().in(language))).toList());
  }
}
