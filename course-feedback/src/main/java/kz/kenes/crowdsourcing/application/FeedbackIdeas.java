package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.kenes.analytics.application.AnswerModerations.MarkedIdea;
import kz.kenes.analytics.application.ModuleAnswerModeration;
import kz.kenes.analytics.application.SurveyAnswerIdeaStore.SurveyIdea;
import kz.kenes.analytics.application.SurveyAnswerIdeas;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.ProgramModule;

/**
 * The ideas of a program's feedback, read through the analytics context that keeps the marks: open
 * answers of module feedback about one of its modules, and open answers of its surveys' rounds,
 * each marked as an idea by their staff (docs/crowdsourcing.md, "Ideas from feedback").
 */
@ApplicationScoped
public class FeedbackIdeas {

  @Inject ModuleAnswerModeration moduleIdeas;
  @Inject SurveyAnswerIdeas surveyIdeas;
  @Inject ProgramCatalog programs;

  /**
   * A marked open answer, whatever it came from.
   *
   * @param source {@link ProposalOrigins#MODULE_ANSWER} or {@link ProposalOrigins#SURVEY_ANSWER}
   * @param answerId the module rating or the survey response holding the answer
   * @param moduleId the module it is about; null for a survey answer about none
   * @param surveyTitle the survey's title for a survey answer; null for module feedback
   */
  public record Idea(
      String source,
      long answerId,
      long itemId,
      Long moduleId,
      String text,
      String groupCode,
      String surveyTitle,
      Instant markedAt) {

    public String key() {
      return ProposalOrigins.key(source, answerId, itemId);
    }
  }

  /** The program's ideas, newest mark first. */
  public List<Idea> ofProgram(long programId) {
    List<Long> modules =
        programs.find(programId).modules().stream().map(ProgramModule::id).toList();
    List<Idea> ideas = new ArrayList<>();
    moduleIdeas.markedIdeas(modules).stream().map(FeedbackIdeas::of).forEach(ideas::add);
    surveyIdeas.markedIdeas(programId).stream().map(FeedbackIdeas::of).forEach(ideas::add);
    ideas.sort(Comparator.comparing(Idea::markedAt).reversed());
    return ideas;
  }

  /**
   * One idea of the program: 400 for an unknown source, 404 {@code idea-not-found} for an answer
   * that is none, is not marked, or is not about this program.
   */
  public Idea ofProgram(long programId, String source, long answerId, long itemId) {
    String kind = source == null ? ProposalOrigins.MODULE_ANSWER : source;
    Idea idea;
    boolean ofProgram;
    if (ProposalOrigins.MODULE_ANSWER.equals(kind)) {
      idea = of(moduleIdeas.markedIdea(answerId, itemId));
      ofProgram =
          programs.find(programId).modules().stream()
              .anyMatch(m -> java.util.Objects.equals((Object) m.id(), idea.moduleId()));
    } else if (ProposalOrigins.SURVEY_ANSWER.equals(kind)) {
      SurveyIdea marked = surveyIdeas.markedIdea(answerId, itemId);
      idea = of(marked);
      ofProgram = marked.programId() == programId;
    } else {
      throw new InvalidInput("source", "'source' is module-answer (the default) or survey-answer.");
    }
    if (!ofProgram) {
      throw new NotFound(
          "idea-not-found",
          "Open answer "
              + answerId
              + "/"
              + itemId
              + " is not about this campaign's program or its modules.");
    }
    return idea;
  }

  private static Idea of(MarkedIdea m) {
    return new Idea(
        ProposalOrigins.MODULE_ANSWER,
        m.ratingId(),
        m.itemId(),
        m.moduleId(),
        m.text(),
        m.groupCode(),
        null,
        m.markedAt());
  }

  private static Idea of(SurveyIdea s) {
    return new Idea(
        ProposalOrigins.SURVEY_ANSWER,
        s.responseId(),
        s.itemId(),
        s.moduleId(),
        s.text(),
        s.groupCode(),
        s.surveyTitle(),
        s.markedAt());
  }
}
