package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.StoredAnswer;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;

/**
 * Builds what a respondent's page shows: the round, whether it takes answers, and the answers so
 * far (the submitted ones, overlaid by a newer draft). Drafts are kept as JSON of the answers
 * given.
 */
@ApplicationScoped
public class ResponseForms {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject ResponseRepository responses;
  @Inject Clock clock;

  /** The form of a respondent with this key in the round. */
  public ResponseForm of(SurveyRound round, String respondentKey) {
    return of(round, responses.find(round.id(), respondentKey), false);
  }

  public ResponseForm of(SurveyRound round, Optional<SurveyResponse> response, boolean anonymous) {
    Map<String, Object> answers = new LinkedHashMap<>();
    Optional<Instant> draftSavedAt = Optional.empty();
    if (response.isPresent()) {
      SurveyResponse r = response.get();
      if (r.isSubmitted()) {
        answers.putAll(submittedAnswers(r));
      }
      if (r.draft().isPresent()) {
        answers.putAll(draft(r.draft().get()));
        draftSavedAt = Optional.of(r.updatedAt());
      }
    }
    return new ResponseForm(
        round,
        round.status(clock.instant()),
        answers,
        response.map(SurveyResponse::isSubmitted).orElse(false),
        response.flatMap(SurveyResponse::submittedAt),
        draftSavedAt,
        anonymous);
  }

  /** The JSON a draft is kept as. */
  static String draftJson(Map<String, Object> given) {
    return JSONB.toJson(given);
  }

  private Map<String, Object> submittedAnswers(SurveyResponse response) {
    Map<Long, InstrumentItem> items = new LinkedHashMap<>();
    response.round().version().items().forEach(i -> items.put(i.id(), i));
    Map<String, Object> answers = new LinkedHashMap<>();
    for (StoredAnswer stored : responses.answers(response.id())) {
      InstrumentItem item = items.get(stored.itemId());
      if (item != null) {
        answers.put(item.code(), given(item, stored));
      }
    }
    return answers;
  }

  private static Object given(InstrumentItem item, StoredAnswer stored) {
    return switch (item.kind()) {
      case SCALE -> stored.value();
      case SINGLE -> item.options().get(stored.value()).code();
      case MULTIPLE -> List.of(stored.choices().split(","));
      case OPEN -> stored.text();
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> draft(String json) {
    return JSONB.fromJson(json, LinkedHashMap.class);
  }
}
