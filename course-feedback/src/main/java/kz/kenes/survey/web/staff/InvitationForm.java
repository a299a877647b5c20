package kz.kenes.survey.web.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.application.SurveyCommands.NewInvitation;

/**
 * The "make an invitation link" form as typed: the stakeholder group, single use or up to {@code
 * maxUses} responses, an optional expiry ({@code datetime-local}, {@link StaffForms#ZONE}; blank
 * means the round's closing date), the anonymous checkbox and a label for staff.
 *
 * @param uses {@code single} or {@code many}
 */
public record InvitationForm(
    String group, String uses, String maxUses, String expiresAt, boolean anonymous, String label) {

  static final String NAME = "invitation";
  static final List<String> FIELDS = List.of("group", "maxUses", "expiresAt", "label");
  static final FormErrors.Form ERRORS = StaffForms.errors(NAME, FIELDS);
  static final String MANY = "many";

  private static final Pattern FORM_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** A new one-time id for the form on a page: a random UUID. */
  static String newFormId() {
    return UUID.randomUUID().toString();
  }

  /**
   * The form's one-time id as sent, or null when it sent none or not one Kenes could have drawn
   * (that form then makes a link each time, as the API does).
   */
  static String formId(Map<String, List<String>> form) {
    String id = SurveyForm.first(form, "formId");
    return id != null && FORM_ID.matcher(id).matches() ? id : null;
  }

  static InvitationForm empty() {
    return new InvitationForm("", "single", "", "", false, "");
  }

  static InvitationForm from(Map<String, List<String>> form) {
    return new InvitationForm(
        SurveyForm.first(form, "group"),
        SurveyForm.first(form, "uses"),
        SurveyForm.first(form, "maxUses"),
        SurveyForm.first(form, "expiresAt"),
        StaffForms.checkbox(SurveyForm.first(form, "anonymous")),
        SurveyForm.first(form, "label"));
  }

  boolean multiUse() {
    return MANY.equals(uses);
  }

  /** A count of uses that is not a whole number in range, an expiry that is not a date. */
  FormErrors check() {
    FormErrors errors = FormErrors.none();
    if (multiUse()) {
      OptionalLong count = StaffForms.wholeNumber(maxUses);
      if (count.isEmpty()
          || count.getAsLong() < 1
          || count.getAsLong() > InvitationService.MAX_USES) {
        errors = errors.with("maxUses", ERRORS.messageKey("maxUses"));
      }
    }
    if (StaffForms.dateTimeReading(expiresAt) == StaffForms.Reading.INVALID) {
      errors = errors.with("expiresAt", StaffForms.DATE_TIME_ERROR);
    }
    return errors;
  }

  /** The command; only after {@link #check()} found nothing. */
  NewInvitation toCommand() {
    Integer count = multiUse() ? (int) StaffForms.wholeNumber(maxUses).orElse(1) : 1;
    return new NewInvitation(
        group, count, StaffForms.isoInstant(expiresAt), anonymous, StaffForms.typed(label));
  }

  public Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", StaffForms.typed(group));
    values.put("uses", multiUse() ? MANY : "single");
    values.put("maxUses", StaffForms.typed(maxUses));
    values.put("expiresAt", StaffForms.typed(expiresAt));
    values.put("anonymous", anonymous);
    values.put("label", StaffForms.typed(label));
    return values;
  }
}
