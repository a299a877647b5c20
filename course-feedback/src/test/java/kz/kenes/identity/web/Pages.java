package kz.kenes.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.lti.ToolConfiguration;

/** Test data for page tests: sessions and page requests of each role. */
public final class Pages {

  public static final ToolConfiguration TOOL =
      new ToolConfiguration(URI.create("https://kenes.example.edu"));

  private Pages() {}

  public static KenesSession session(KenesRole role) {
    return new KenesSession(
        7L,
        KenesSession.Kind.LTI,
        1L,
        "deployment-1",
        2L,
        3L,
        4L,
        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
        role,
        1L,
        role == KenesRole.ADMIN,
        null,
        "csrf-token-1",
        Instant.parse("2026-03-01T12:00:00Z"),
        null);
  }

  public static KenesSession adminTokenSession() {
    return new KenesSession(
        8L,
        KenesSession.Kind.ADMIN_TOKEN,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        KenesRole.ADMIN,
        null,
        true,
        "en",
        "csrf-token-2",
        Instant.parse("2026-03-01T12:00:00Z"),
        null);
  }

  public static PageRequest request(KenesSession session, String language) {
    return new PageRequest(session, "session-token-1", Locale.forLanguageTag(language));
  }
}
