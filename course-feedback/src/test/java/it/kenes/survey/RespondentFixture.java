package it.kenes.survey;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Programs;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Survey data for the respondents' page tests (HTTP and browser), made through the admin API: a
 * small trilingual instrument (two scale items, a single-choice, a multiple-choice and an open
 * item), programs, surveys, open rounds and invitation links. Every instrument code and title is
 * unique, so tests never see each other's data.
 */
public final class RespondentFixture {

  /** Codes of the instrument's items, in order. */
  public static final List<String> ITEMS = List.of("Q1", "Q2", "Q3", "Q4", "Q5");

  private final AdminApi admin = AdminApi.asAdmin();
  private final Map<String, Long> invitationIds = new java.util.concurrent.ConcurrentHashMap<>();

  /** A new instrument; its title names it in every language with {@code mark}. */
  public long instrument(String mark) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("code", "it-" + Unique.suffix().toLowerCase());
    definition.put("audience", "employer");
    definition.put(
        "title",
        texts(
            "Бағдарламаға қанағаттану " + mark,
            "Удовлетворённость программой " + mark,
            "Satisfaction with the program " + mark));
    definition.put(
        "description",
        texts("Бес қысқа сұрақ.", "Пять коротких вопросов.", "Five short questions."));
    definition.put(
        "items",
        List.of(
            item(
                "Q1",
                "scale",
                texts(
                    "Бағдарлама жұмысқа дайындайды",
                    "Программа готовит к работе",
                    "The program prepares for the job"),
                null),
            item(
                "Q2",
                "scale",
                texts(
                    "Оқу жоспары заманауи",
                    "Учебный план современный",
                    "The curriculum is up to date"),
                null),
            item(
                "Q3",
                "single",
                texts("Жұмыс тәжірибеңіз", "Ваш стаж работы", "Your work experience"),
                List.of(
                    option("lt1", texts("Бір жылдан аз", "Меньше года", "Under a year")),
                    option("gt1", texts("Бір жылдан көп", "Больше года", "More than a year")))),
            item(
                "Q4",
                "multiple",
                texts(
                    "Қандай форматтарды пайдаландыңыз?",
                    "Какие форматы вы использовали?",
                    "Which formats did you use?"),
                List.of(
                    option("video", texts("Бейнедәрістер", "Видеолекции", "Video lectures")),
                    option("quiz", texts("Тесттер", "Тесты", "Quizzes")))),
            item(
                "Q5",
                "open",
                texts(
                    "Қандай құзыреттер жетіспейді?",
                    "Каких компетенций не хватает?",
                    "Which competencies are missing?"),
                null)));
    return created(admin.send("POST", "/api/admin/instruments", JsonText.of(definition)));
  }

  /** A new university with one program of one module; returns the program id. */
  public long program(String moduleCode) {
    return Programs.aProgram()
        .languages("kk", "ru")
        .withModules(moduleCode)
        .create(admin)
        .programId();
  }

  /** The university of the program. */
  public long universityOf(long programId) {
    return require(admin.send("GET", "/api/admin/programs/" + programId, null), 200)
        .json()
        .getJsonNumber("universityId")
        .longValue();
  }

  /** The demo seed's Agronomy program (the one the dev platform's demo course delivers). */
  public long demoAgronomyProgram() {
    for (int offset = 0; offset < 10_000; offset += 200) {
      JsonObject page =
          require(admin.send("GET", "/api/admin/programs?limit=200&offset=" + offset, null), 200)
              .json();
      for (JsonValue value : page.getJsonArray("items")) {
        JsonObject program = value.asJsonObject();
        if ("DEMO-DSU".equals(program.getString("universityCode", null))
            && "AGR".equals(program.getString("code"))) {
          return program.getJsonNumber("id").longValue();
        }
      }
      if (page.getJsonArray("items").size() < 200) {
        break;
      }
    }
    throw new AssertionError("the demo seed's program AGR of DEMO-DSU is not there (dev mode?)");
  }

  /** Makes the course {@code contextRef} deliver the program's module {@code moduleCode}. */
  public void deliver(long contextRef, long programId, String moduleCode) {
    Programs.deliver(admin, contextRef, programId, moduleCode);
  }

  /** A survey of the program with one round open now for a week; returns {surveyId, roundId}. */
  public long[] openSurvey(long instrumentId, long programId, String title) {
    long survey =
        created(
            admin.send(
                "POST",
                "/api/surveys",
                JsonText.of(
                    Map.of("title", title, "instrumentId", instrumentId, "programId", programId))));
    Instant closes = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
    HttpAnswer rounds =
        admin.send(
            "POST",
            "/api/surveys/" + survey + "/rounds",
            JsonText.of(
                Map.of("kind", "baseline", "label", "Baseline", "closesAt", closes.toString())));
    JsonObject created = require(rounds, 201).json();
    // the answer is the survey with its rounds, or the round alone
    long round =
        created.containsKey("rounds")
            ? created.getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue()
            : created.getJsonNumber("id").longValue();
    return new long[] {survey, round};
  }

  /** A new invitation link of the round; returns its token. */
  public String invitation(long surveyId, long roundId, String group, int maxUses, boolean anon) {
    HttpAnswer answer =
        admin.send(
            "POST",
            "/api/surveys/" + surveyId + "/rounds/" + roundId + "/invitations",
            JsonText.of(Map.of("group", group, "maxUses", maxUses, "anonymous", anon)));
    JsonObject created = require(answer, 201).json();
    invitationIds.put(created.getString("token"), created.getJsonNumber("id").longValue());
    return created.getString("token");
  }

  /** Withdraws the invitation link with this token (one made by {@link #invitation}). */
  public void revokeInvitation(long surveyId, long roundId, String token) {
    String base = "/api/surveys/" + surveyId + "/rounds/" + roundId + "/invitations/";
    require(admin.send("POST", base + invitationIds.get(token) + "/revoke", null), 200);
  }

  /** {@code {submitted, drafts}} of a round and group, as {@code GET /api/surveys/{id}} counts. */
  public int[] counts(long surveyId, long roundId, String group) {
    JsonObject survey = require(admin.send("GET", "/api/surveys/" + surveyId, null), 200).json();
    for (JsonValue value : survey.getJsonArray("rounds")) {
      JsonObject round = value.asJsonObject();
      if (round.getJsonNumber("id").longValue() == roundId) {
        JsonObject responses = round.getJsonObject("responses");
        if (responses == null || !responses.containsKey(group)) {
          return new int[] {0, 0};
        }
        JsonObject count = responses.getJsonObject(group);
        return new int[] {count.getInt("submitted"), count.getInt("drafts")};
      }
    }
    throw new AssertionError("survey " + surveyId + " has no round " + roundId + ": " + survey);
  }

  /** The value of the hidden input {@code name} in a page. */
  public static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no hidden field " + name + " in the page");
    }
    return m.group(1);
  }

  private static Map<String, String> texts(String kk, String ru, String en) {
    return Map.of("kk", kk, "ru", ru, "en", en);
  }

  private static Map<String, Object> item(
      String code, String kind, Map<String, String> text, List<Map<String, Object>> options) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("code", code);
    item.put("kind", kind);
    item.put("text", text);
    if (options != null) {
      item.put("options", options);
    }
    return item;
  }

  private static Map<String, Object> option(String code, Map<String, String> text) {
    return Map.of("code", code, "text", text);
  }

  private static long created(HttpAnswer answer) {
    return require(answer, 201).json().getJsonNumber("id").longValue();
  }

  private static HttpAnswer require(HttpAnswer answer, int status) {
    if (answer.status() != status) {
      throw new AssertionError("expected HTTP " + status + " but got " + answer);
    }
    return answer;
  }
}
