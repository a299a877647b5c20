package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kz.kenes.survey.domain.InstrumentDefinition;

/**
 * The starter instruments shipped with Kenes ({@code survey/library/<code>.json}, documented in
 * {@code docs/survey-library.md}): program satisfaction of all stakeholders together (one
 * questionnaire, so that the groups compare), and of applicants, employers and graduates each, in
 * Kazakh, Russian and English, after the study in seed paper 000. An administrator installs one as
 * an instrument of their own and adapts it from there.
 */
@ApplicationScoped
public class InstrumentLibrary {

  /** The codes of the starter instruments, in the order they are offered. */
  public static final List<String> CODES =
      List.of(
          "program-satisfaction",
          "program-satisfaction-applicants",
          "program-satisfaction-employers",
          "program-satisfaction-graduates");

  /**
   * The code of the module feedback instrument ({@code survey/library/module-feedback.json}): the
   * default items a learner rates a module with. It is not offered for surveys; module feedback
   * installs it the first time a module is rated ({@link ModuleFeedbackInstrument}).
   */
  public static final String MODULE_FEEDBACK = "module-feedback";

  /**
   * The code of the outsiders' module feedback instrument ({@code
   * survey/library/module-feedback-outsider.json}): the items employers, graduates and others rate
   * a program's modules with through a module feedback link. Not offered for surveys either.
   */
  public static final String MODULE_FEEDBACK_OUTSIDER = "module-feedback-outsider";

  private static final Jsonb JSONB = JsonbBuilder.create();

  public List<InstrumentDefinition> all() {
    return CODES.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  public Optional<InstrumentDefinition> find(String code) {
    if (!CODES.contains(code)) {
      return Optional.empty();
    }
    return read(code);
  }

  /** The default module feedback instrument. */
  public InstrumentDefinition moduleFeedback() {
    return read(MODULE_FEEDBACK).orElseThrow();
  }

  /** The default outsiders' module feedback instrument. */
  public InstrumentDefinition moduleFeedbackOutsider() {
    return read(MODULE_FEEDBACK_OUTSIDER).orElseThrow();
  }

  private Optional<InstrumentDefinition> read(String code) {
    String path = "survey/library/" + code + ".json";
    try (InputStream in = InstrumentLibrary.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Optional.of(JSONB.fromJson(json, InstrumentDefinition.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
