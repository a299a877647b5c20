package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.application.LearnerResponses;
import kz.kenes.survey.domain.SurveyRound;

/**
 * The survey rounds open to a learner, on their landing page ({@code openRounds}): each links to
 * its page with the session token and the page's language. Other roles see nothing from here.
 */
@ApplicationScoped
public class OpenRoundsSection implements LandingSection {

  @Inject LearnerResponses responses;

  /** An open round as the landing page lists it. */
  public record OpenRoundLink(
      String title, String survey, String round, String closesAt, String href) {}

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    if (session.kind() != KenesSession.Kind.LTI
        || session.role() != KenesRole.LEARNER
        || session.userRef() == null
        || session.contextRef() == null) {
      return;
    }
    String language = request.locale().getLanguage();
    List<OpenRoundLink> links =
        responses.openRoundsFor(session).stream().map(r -> link(r, page, language)).toList();
    page.with("openRounds", links);
  }

  private static OpenRoundLink link(SurveyRound round, PageModel page, String language) {
    return new OpenRoundLink(
        round.version().title().in(language),
        round.survey().title(),
        round.label(),
        SurveyDates.dateTime(round.closesAt(), page.locale()),
        page.link(LearnerSurveyResource.PATH + "/" + round.id(), Map.of("lang", language)));
  }
}
