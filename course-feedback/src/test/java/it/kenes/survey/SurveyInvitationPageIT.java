package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.Unique;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page of an invitation link over HTTP: rendered in the language asked for, with a submission
 * id made by the server; a double post of one submission makes one response; a used-up, unknown or
 * foreign-origin request is refused with its own page.
 */
class SurveyInvitationPageIT {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final RespondentFixture fixture = new RespondentFixture();
  private String mark;
  private long surveyId;
  private long roundId;

  @BeforeEach
  void anOpenSurvey() {
    mark = Unique.suffix();
    long[] ids =
        fixture.openSurvey(fixture.instrument(mark), fixture.program("AGR-201"), "Inv " + mark);
    surveyId = ids[0];
    roundId = ids[1];
  }

  private static HttpAnswer page(String pathAndQuery) {
    return Http.get(pathAndQuery, "Accept", "text/html");
  }

  private static HttpAnswer post(String token, String origin, String... namesAndValues) {
    String body =
        Stream.iterate(0, i -> i < namesAndValues.length, i -> i + 2)
            .map(i -> encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]))
            .collect(Collectors.joining("&"));
    return Http.post(
        "/survey/i/" + token,
        "application/x-www-form-urlencoded",
        body,
        "Accept",
        "text/html",
        "Origin",
        origin);
  }

  private static HttpAnswer answer(String token, String submissionId) {
    return post(
        token,
        Kenes.baseUrl().toString(),
        "submissionId",
        submissionId,
        "lang",
        "ru",
        "pairCode",
        "ALM-MAY",
        "a.Q1",
        "3",
        "a.Q2",
        "2",
        "a.Q3",
        "lt1",
        "a.Q4",
        "video");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void rendersTheFormInRussianWithAServerMadeSubmissionId() {
    String token = fixture.invitation(surveyId, roundId, "employer", 5, false);

    HttpAnswer page = page("/survey/i/" + token + "?lang=ru");

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"ru\"")
        .contains("Удовлетворённость программой " + mark, "Программа готовит к работе")
        .contains("Скорее да", "Код для связи ответов (необязательно)", "Отправить ответы")
        .doesNotContain("name=\"group\"", "name=\"kt\"", "name=\"csrf\"");
    assertThat(RespondentFixture.hidden(page.body(), "submissionId")).matches(UUID);
    String again = RespondentFixture.hidden(page("/survey/i/" + token).body(), "submissionId");
    assertThat(again).isNotEqualTo(RespondentFixture.hidden(page.body(), "submissionId"));
  }

  @Test
  void anAnonymousLinkAsksForNoPairingCode() {
    String token = fixture.invitation(surveyId, roundId, "graduate", 5, true);

    assertThat(page("/survey/i/" + token + "?lang=kk").body())
        .contains("<html lang=\"kk\"")
        .doesNotContain("pairCode");
  }

  @Test
  void aDoublePostOfOneSubmissionMakesOneResponseEvenOnASingleUseLink() {
    String token = fixture.invitation(surveyId, roundId, "employer", 1, false);
    String submissionId =
        RespondentFixture.hidden(page("/survey/i/" + token + "?lang=ru").body(), "submissionId");

    HttpAnswer first = answer(token, submissionId);
    HttpAnswer second = answer(token, submissionId);

    assertThat(first.status()).as("%s", first).isEqualTo(303);
    assertThat(second.status()).as("%s", second).isEqualTo(303);
    assertThat(second.location()).isEqualTo(first.location());
    assertThat(fixture.counts(surveyId, roundId, "employer")).containsExactly(1, 0);
    String kept = keptSubmission(first);
    HttpAnswer thanks =
        Http.get(first.location().orElseThrow(), "Accept", "text/html", "Cookie", kept);
    assertThat(thanks.body())
        .contains("Спасибо!", "Ваши ответы получены.", "Изменить мои ответы")
        .contains("href=\"/survey/i/" + token + "?lang=ru\"");
    HttpAnswer change =
        Http.get("/survey/i/" + token + "?lang=ru", "Accept", "text/html", "Cookie", kept);
    assertThat(change.body().replaceAll("\\s+", " "))
        .contains("Вы изменяете уже отправленные ответы.")
        .containsPattern("<input [^>]*id=\"q-Q3-lt1\"[^>]*checked=\"checked\"");
    assertThat(RespondentFixture.hidden(change.body(), "submissionId")).isEqualTo(submissionId);
  }

  @Test
  void theSubmissionIdIsKeptInAnHttpOnlyCookieAndNeverInAUrl() {
    String token = fixture.invitation(surveyId, roundId, "employer", 5, false);
    String submissionId =
        RespondentFixture.hidden(page("/survey/i/" + token + "?lang=en").body(), "submissionId");

    HttpAnswer posted = answer(token, submissionId);

    assertThat(posted.location().orElseThrow().toString()).doesNotContain(submissionId);
    String setCookie =
        posted.headerValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("__Host-kenes_r"))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie)
        .contains("=" + submissionId + ";", "Path=/", "HttpOnly", "Secure")
        .doesNotContain("Max-Age", "Expires");
    HttpAnswer thanks =
        Http.get(
            posted.location().orElseThrow(),
            "Accept",
            "text/html",
            "Cookie",
            keptSubmission(posted));
    assertThat(thanks.body()).doesNotContain(submissionId);
    HttpAnswer oldStyle = page("/survey/i/" + token + "?submissionId=" + submissionId);
    assertThat(RespondentFixture.hidden(oldStyle.body(), "submissionId"))
        .as("a submission id in the URL opens nothing")
        .isNotEqualTo(submissionId);
  }

  @Test
  void answersCannotBeChangedOnceTheLinkIsWithdrawn() {
    String token = fixture.invitation(surveyId, roundId, "employer", 5, false);
    String submissionId =
        RespondentFixture.hidden(page("/survey/i/" + token).body(), "submissionId");
    HttpAnswer posted = answer(token, submissionId);
    assertThat(posted.status()).isEqualTo(303);

    fixture.revokeInvitation(surveyId, roundId, token);

    HttpAnswer change =
        Http.get(
            "/survey/i/" + token + "?lang=en",
            "Accept",
            "text/html",
            "Cookie",
            keptSubmission(posted));
    assertThat(change.status()).isEqualTo(410);
    HttpAnswer again = answer(token, submissionId);
    assertThat(again.status()).as("%s", again).isEqualTo(410);
    assertThat(fixture.counts(surveyId, roundId, "employer")).containsExactly(1, 0);
  }

  /** The Cookie header that returns the submission cookie a post set. */
  private static String keptSubmission(HttpAnswer posted) {
    return posted.headerValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("__Host-kenes_r"))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no submission cookie in " + posted));
  }

  @Test
  void aUsedUpSingleUseLinkShowsA410PageSayingSo() {
    String token = fixture.invitation(surveyId, roundId, "employer", 1, false);
    String submissionId =
        RespondentFixture.hidden(page("/survey/i/" + token).body(), "submissionId");
    assertThat(answer(token, submissionId).status()).isEqualTo(303);

    HttpAnswer gone = page("/survey/i/" + token + "?lang=ru");

    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body())
        .contains("<html lang=\"ru\"", "Эту ссылку нельзя использовать")
        .contains("Эта ссылка-приглашение уже использована");
    assertThat(page("/survey/i/" + token + "?lang=en").body())
        .contains("This invitation link has already been used");
  }

  @Test
  void anUnknownLinkShowsA404Page() {
    HttpAnswer unknown = page("/survey/i/" + "x".repeat(43) + "?lang=en");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("This invitation link is not valid.");
  }

  @Test
  void aPostFromAnotherSiteIsRefusedAndStoresNothing() {
    String token = fixture.invitation(surveyId, roundId, "employer", 5, false);
    String submissionId =
        RespondentFixture.hidden(page("/survey/i/" + token).body(), "submissionId");

    HttpAnswer refused =
        post(token, "https://evil.example", "submissionId", submissionId, "a.Q1", "3");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(fixture.counts(surveyId, roundId, "employer")).containsExactly(0, 0);
  }

  @Test
  void aRefusedAnswerKeepsTheSubmissionIdAndMarksTheItem() {
    String token = fixture.invitation(surveyId, roundId, "employer", 5, false);
    String submissionId =
        RespondentFixture.hidden(page("/survey/i/" + token).body(), "submissionId");

    HttpAnswer refused =
        post(
            token,
            Kenes.baseUrl().toString(),
            "submissionId",
            submissionId,
            "lang",
            "ru",
            "pairCode",
            "!!",
            "a.Q1",
            "3");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Ваши ответы не сохранены", "id=\"q-Q2-error\"", "id=\"pairCode-error\"");
    assertThat(RespondentFixture.hidden(refused.body(), "submissionId")).isEqualTo(submissionId);
    assertThat(fixture.counts(surveyId, roundId, "employer")).containsExactly(0, 0);
  }
}
