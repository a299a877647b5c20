package kz.kenes.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.kenes.survey.api.FormView;
import kz.kenes.survey.api.FormView.ItemView;
import kz.kenes.survey.api.FormView.OptionView;
import kz.kenes.survey.domain.ItemKind;

/**
 * What a survey page shows of a round's form: each item as a field with its choices checked as the
 * respondent answered, and, for a refused submission, each item at fault with the key of its
 * translated message and a summary that links to the fields. Built from the {@link FormView} (the
 * texts in the page's language), the answers to show (saved or just posted) and the service's field
 * errors ({@code answers.E01}, {@code pairCode}).
 */
public record SurveyForm(List<ItemField> items, List<ErrorLink> errors, boolean answeredAny) {

  /** The longest open answer, as the page tells and limits it. */
  public static final int MAX_TEXT = kz.kenes.survey.domain.AnswerSheet.MAX_TEXT;

  /** Id of the pairing code field on the invitation page. */
  public static final String PAIR_CODE = "pairCode";

  /** One choice of an item: a scale point or an option. */
  public record Choice(String id, String value, String label, boolean checked) {}

  /**
   * An item as a form field.
   *
   * @param id the id of the item's block; its first input is {@link #firstInputId()}
   * @param value the text of an open answer
   * @param answer the answer in words, for the read-only view (null when unanswered)
   * @param errorKey the message key of what is wrong with the answer, or null
   */
  public record ItemField(
      int number,
      String code,
      String kind,
      String text,
      boolean required,
      String id,
      String inputName,
      List<Choice> choices,
      String value,
      String answer,
      String errorKey) {

    public boolean open() {
      return ItemKind.OPEN.code().equals(kind);
    }

    public boolean checkbox() {
      return ItemKind.MULTIPLE.code().equals(kind);
    }

    /** Scale and single choice: one radio group. */
    public boolean radio() {
      return !open() && !checkbox();
    }

    public String firstInputId() {
      return open() || choices.isEmpty() ? id + "-input" : choices.get(0).id();
    }

    public String errorId() {
      return id + "-error";
    }

    public String hintId() {
      return id + "-hint";
    }

    /** What describes the field: the hint of an open item, then the error when there is one. */
    public String describedBy() {
      List<String> ids = new ArrayList<>();
      if (open()) {
        ids.add(hintId());
      }
      if (errorKey != null) {
        ids.add(errorId());
      }
      return ids.isEmpty() ? null : String.join(" ", ids);
    }
  }

  /**
   * An entry of the error summary: the field it links to ({@code null} when there is none), the
   * item's number (0 when not an item) and the message key.
   */
  public record ErrorLink(String target, int number, String messageKey) {}

  /**
   * The form of {@code view} showing {@code answers}, with the items at fault in {@code
   * fieldErrors} marked.
   */
  public static SurveyForm of(
      FormView view, Map<String, ?> answers, Map<String, String> fieldErrors) {
    Map<String, ?> given = answers == null ? Map.of() : answers;
    Map<String, String> faults = itemFaults(view, given, fieldErrors);
    List<ItemField> items = new ArrayList<>();
    int number = 0;
    for (ItemView item : view.items()) {
      number++;
      items.add(field(view, item, number, answer(given, item.code()), faults.get(item.code())));
    }
    List<ErrorLink> errors = new ArrayList<>();
    for (ItemField item : items) {
      if (item.errorKey() != null) {
        errors.add(new ErrorLink(item.firstInputId(), item.number(), item.errorKey()));
      }
    }
    errors.addAll(otherErrors(view, fieldErrors));
    boolean answeredAny = items.stream().anyMatch(i -> i.answer() != null);
    return new SurveyForm(List.copyOf(items), List.copyOf(errors), answeredAny);
  }

  /** A form with the answers and no error. */
  public static SurveyForm of(FormView view, Map<String, ?> answers) {
    return of(view, answers, Map.of());
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Whether the pairing code was refused. */
  public boolean pairCodeRefused() {
    return errors.stream().anyMatch(e -> PAIR_CODE.equals(e.target()));
  }

  private static ItemField field(
      FormView view, ItemView item, int number, Object answer, String errorKey) {
    String id = "q-" + item.code();
    List<Choice> choices = new ArrayList<>();
    List<String> chosenLabels = new ArrayList<>();
    if (ItemKind.SCALE.code().equals(item.kind())) {
      for (FormView.ScalePoint point : view.scale()) {
        String value = String.valueOf(point.value());
        boolean checked = isChosen(answer, value);
        choices.add(new Choice(id + "-" + value, value, point.label(), checked));
        if (checked) {
          chosenLabels.add(point.label());
        }
      }
    } else {
      for (OptionView option : item.options()) {
        boolean checked = isChosen(answer, option.code());
        choices.add(new Choice(id + "-" + option.code(), option.code(), option.text(), checked));
        if (checked) {
          chosenLabels.add(option.text());
        }
      }
    }
    boolean open = ItemKind.OPEN.code().equals(item.kind());
    String text = open && answer != null ? String.valueOf(answer) : null;
    String inWords;
    if (open) {
      inWords = text == null || text.isBlank() ? null : text.strip();
    } else {
      inWords = chosenLabels.isEmpty() ? null : String.join("; ", chosenLabels);
    }
    return new ItemField(
        number,
        item.code(),
        item.kind(),
        item.text(),
        item.required(),
        id,
        AnswerFields.field(item.code()),
        List.copyOf(choices),
        text,
        inWords,
        errorKey);
  }

  private static Object answer(Map<String, ?> answers, String code) {
    if (answers.containsKey(code)) {
      return answers.get(code);
    }
    return answers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(code))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Whether {@code value} is among the answer: one value, or a list of them. */
  private static boolean isChosen(Object answer, String value) {
    if (answer instanceof List<?> list) {
      return list.stream().anyMatch(v -> sameValue(v, value));
    }
    return answer != null && sameValue(answer, value);
  }

  private static boolean sameValue(Object given, String value) {
    if (given instanceof Number n) {
      try {
        return new java.math.BigDecimal(n.toString()).compareTo(new java.math.BigDecimal(value))
            == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return Objects.equals(String.valueOf(given), value);
  }

  /** For each item at fault, the key of the message that says what to do. */
  private static Map<String, String> itemFaults(
      FormView view, Map<String, ?> answers, Map<String, String> fieldErrors) {
    Map<String, String> faults = new LinkedHashMap<>();
    if (fieldErrors == null) {
      return faults;
    }
    for (ItemView item : view.items()) {
      if (fieldErrors.containsKey("answers." + item.code())) {
        faults.put(item.code(), faultKey(item, answer(answers, item.code())));
      }
    }
    return faults;
  }

  private static String faultKey(ItemView item, Object answer) {
    boolean missing =
        answer == null
            || (answer instanceof String s && s.isBlank())
            || (answer instanceof List<?> l && l.isEmpty());
    if (missing) {
      return "survey.form.error.required";
    }
    return "survey.form.error." + item.kind().toLowerCase(Locale.ROOT);
  }

  /** Errors not about an item: the pairing code, and what only a reload can fix. */
  private static List<ErrorLink> otherErrors(FormView view, Map<String, String> fieldErrors) {
    List<ErrorLink> errors = new ArrayList<>();
    if (fieldErrors == null) {
      return errors;
    }
    boolean reload = false;
    for (String field : fieldErrors.keySet()) {
      if (PAIR_CODE.equals(field)) {
        errors.add(new ErrorLink(PAIR_CODE, 0, "survey.invite.error.pairCode"));
      } else if (!isItemField(view, field)) {
        reload = true;
      }
    }
    if (reload) {
      errors.add(new ErrorLink(null, 0, "survey.form.error.reload"));
    }
    return errors;
  }

  private static boolean isItemField(FormView view, String field) {
    return view.items().stream().anyMatch(i -> field.equals("answers." + i.code()));
  }
}
