package kz.kenes.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md, "What no ArchUnit test can see": contexts never read each other's tables,
 * except where ADR 0006 (the report's SQL over the survey tables) and ADR 0009 (one class of
 * cross-context queries) allow it. Reads the SQL and JPQL in the string literals of the main
 * sources: a table or entity named after {@code from}, {@code join}, {@code into} or {@code update}
 * belongs to the context of its owner below.
 */
class TableOwnershipTest {

  private static final Path SOURCES = Path.of("src/main/java/kz/kenes");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Each table of the Flyway scripts and the context that owns it. */
  static final Map<String, String> OWNER =
      Map.ofEntries(
          Map.entry("kenes_session", "identity"),
          Map.entry("admin_token_failure", "identity"),
          Map.entry("kenes_secret", "platform"),
          Map.entry("platform_registration", "integration"),
          Map.entry("platform_deployment", "integration"),
          Map.entry("tool_key", "integration"),
          Map.entry("lti_login_state", "integration"),
          Map.entry("lti_registration_link", "integration"),
          Map.entry("lti_user", "integration"),
          Map.entry("lti_context", "integration"),
          Map.entry("lti_resource_link", "integration"),
          Map.entry("lti_deep_linking_request", "integration"),
          Map.entry("lti_score_outbox", "integration"),
          Map.entry("lti_roster_member", "integration"),
          Map.entry("lti_course_person", "integration"),
          Map.entry("university", "program"),
          Map.entry("educational_program", "program"),
          Map.entry("program_module", "program"),
          Map.entry("program_module_version", "program"),
          Map.entry("course_plan", "program"),
          Map.entry("context_module", "program"),
          Map.entry("resource_link_module", "program"),
          Map.entry("stakeholder_group", "survey"),
          Map.entry("survey_instrument", "survey"),
          Map.entry("instrument_version", "survey"),
          Map.entry("instrument_item", "survey"),
          Map.entry("survey", "survey"),
          Map.entry("survey_round", "survey"),
          Map.entry("survey_invitation", "survey"),
          Map.entry("survey_response", "survey"),
          Map.entry("survey_answer", "survey"),
          Map.entry("module_rating", "survey"),
          Map.entry("module_rating_answer", "survey"),
          Map.entry("module_rating_summary", "survey"),
          Map.entry("module_feedback_link", "survey"),
          Map.entry("module_feedback_link_module", "survey"),
          Map.entry("campaign", "crowdsourcing"),
          Map.entry("campaign_member", "crowdsourcing"),
          Map.entry("campaign_audit", "crowdsourcing"),
          Map.entry("campaign_proposal", "crowdsourcing"),
          Map.entry("proposal_version", "crowdsourcing"),
          Map.entry("proposal_contributor", "crowdsourcing"),
          Map.entry("proposal_comment", "crowdsourcing"),
          Map.entry("proposal_report", "crowdsourcing"),
          Map.entry("proposal_rating", "crowdsourcing"),
          Map.entry("proposal_review", "crowdsourcing"),
          Map.entry("proposal_vote", "crowdsourcing"),
          Map.entry("campaign_notification", "crowdsourcing"),
          Map.entry("campaign_revision", "crowdsourcing"),
          Map.entry("campaign_invitation", "crowdsourcing"),
          Map.entry("proposal_origin", "crowdsourcing"),
          Map.entry("campaign_participant", "crowdsourcing"),
          Map.entry("certificate_rules", "certificate"),
          Map.entry("certificate", "certificate"),
          Map.entry("certificate_audit", "certificate"),
          Map.entry("certificate_learner", "certificate"),
          Map.entry("certificate_issuer_key", "certificate"),
          Map.entry("program_certificate_rules", "certificate"),
          Map.entry("module_answer_moderation", "analytics"),
          Map.entry("module_answer_moderation_event", "analytics"),
          Map.entry("quiz", "quiz"),
          Map.entry("quiz_attempt", "quiz"),
          Map.entry("quiz_grant", "quiz"),
          Map.entry("lesson_gate", "quiz"),
          Map.entry("quiz_lesson", "quiz"),
          Map.entry("bank_question", "quiz"),
          Map.entry("bank_question_tag", "quiz"),
          Map.entry("revision_record", "crowdsourcing"),
          Map.entry("revision_change", "crowdsourcing"),
          Map.entry("revision_change_proposal", "crowdsourcing"),
          Map.entry("revision_monitoring", "crowdsourcing"),
          Map.entry("similar_text_scope", "crowdsourcing"),
          Map.entry("similar_text_entry", "crowdsourcing"),
          Map.entry("module_feedback_form", "survey"),
          Map.entry("mail_outbox", "platform"),
          Map.entry("notification_mail_setting", "crowdsourcing"),
          Map.entry("survey_answer_idea", "analytics"));

  /** Where a context may read another's tables, and why; keep in step with the ADRs. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          // ADR 0006: the report's GROUP BY over the survey tables, in the database
          Map.entry("analytics/persistence/", Set.of("survey")),
          // ADR 0009: the module titles of a report's items
          Map.entry("analytics/persistence/SurveyStructureSql.java", Set.of("program")),
          // ADR 0009: the learner's open rounds join what a course delivers
          Map.entry("survey/persistence/CrossContextQueries.java", Set.of("program")),
          // the learner notes' foreign keys: a note of a course or learner deleted meanwhile is
          // skipped by an EXISTS on their rows instead of failing its batch (issue 14)
          Map.entry(
              "certificate/persistence/JpaCertificateRepository.java", Set.of("integration")));

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NAMED =
      Pattern.compile("\\b(?:from|join|into|update)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATED =
      Pattern.compile("create table (?:if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE);

  @Test
  void everyTableHasAnOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> scripts = Files.list(MIGRATIONS)) {
      for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATED.matcher(Files.readString(script));
        while (m.find()) {
          created.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    assertThat(created).isNotEmpty();
    assertThat(OWNER.keySet()).containsAll(created);
  }

  @Test
  void contextsReadOnlyTheirOwnTables() throws IOException {
    Map<String, String> entityOwners = entityOwners();
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        String context = relative.substring(0, relative.indexOf('/'));
        Matcher literal = LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          Matcher named = NAMED.matcher(literal.group(1));
          while (named.find()) {
            String name = named.group(1);
            String owner =
                OWNER.getOrDefault(name.toLowerCase(Locale.ROOT), entityOwners.get(name));
            if (owner != null && !owner.equals(context) && !allowed(relative, owner)) {
              violations.add(relative + " reads " + name + " of " + owner);
            }
          }
        }
      }
    }
    assertThat(violations).as("SQL or JPQL on another context's tables").isEmpty();
  }

  @Test
  void findsACrossContextReadWhereOneIsAllowed() throws IOException {
    String allowedQuery =
        Files.readString(SOURCES.resolve("survey/persistence/CrossContextQueries.java"));
    Matcher named = NAMED.matcher(allowedQuery);
    Set<String> read = new TreeSet<>();
    while (named.find()) {
      read.add(named.group(1).toLowerCase(Locale.ROOT));
    }
    assertThat(read).contains("context_module");
  }

  private static boolean allowed(String relative, String owner) {
    return ALLOWED.entrySet().stream()
        .anyMatch(e -> relative.startsWith(e.getKey()) && e.getValue().contains(owner));
  }

  @Test
  void refusesAReadOfAnotherContextsTable() {
    Matcher named = NAMED.matcher("select s.id from survey_round s join lti_context c on c.id = 1");
    List<String> owners = new ArrayList<>();
    while (named.find()) {
      owners.add(OWNER.get(named.group(1)));
    }
    assertThat(owners).containsExactly("survey", "integration");
    assertThat(allowed("program/persistence/JpaCourseDeliveries.java", "survey")).isFalse();
    assertThat(allowed("survey/persistence/CrossContextQueries.java", "program")).isTrue();
  }

  /** JPA entity class name → context, from the {@code @Entity} classes of the main sources. */
  private static Map<String, String> entityOwners() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).contains("@Entity"))
          .collect(
              java.util.stream.Collectors.toMap(
                  p -> p.getFileName().toString().replace(".java", ""),
                  p -> SOURCES.relativize(p).getName(0).toString(),
                  (a, b) -> a));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
