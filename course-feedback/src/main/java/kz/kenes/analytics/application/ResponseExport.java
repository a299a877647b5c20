package kz.kenes.analytics.application;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;

/** Streams a survey's submitted responses, one at a time, for the CSV export. */
public interface ResponseExport {

  /** One answer as stored: a raw scale value or option index, option codes, or a text. */
  record Cell(Integer value, String choices, String text) {}

  /** A submitted response with its answers by item id. */
  record ExportedResponse(
      long id,
      String roundLabel,
      String roundKind,
      String group,
      LocalDateTime submittedAt,
      boolean paired,
      Map<Long, Cell> answers) {}

  /** Calls {@code sink} for each submitted response, by round position then id. */
  void forEachResponse(long surveyId, Consumer<ExportedResponse> sink);
}
