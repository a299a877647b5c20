package kz.kenes.survey.web.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.survey.application.ModuleFeedbackLinks.NewLink;

/**
 * The "make a module feedback link" form as typed: the program, the modules checked (none: every
 * module), and the settings of a survey invitation link ({@link InvitationForm}: group, uses,
 * expiry, anonymous, label; a blank expiry means 30 days).
 */
record ModuleLinkForm(String program, List<Long> moduleIds, InvitationForm link) {

  static final List<String> FIELDS =
      List.of("programId", "group", "maxUses", "expiresAt", "label", "moduleIds");
  static final FormErrors.Form ERRORS = StaffForms.errors("moduleLink", FIELDS);

  static ModuleLinkForm empty() {
    return new ModuleLinkForm("", List.of(), InvitationForm.empty());
  }

  static ModuleLinkForm from(Map<String, List<String>> form) {
    List<Long> modules = new ArrayList<>();
    for (String value : form.getOrDefault("moduleIds", List.of())) {
      OptionalLong id = StaffForms.wholeNumber(value);
      if (id.isPresent()) {
        modules.add(id.getAsLong());
      }
    }
    return new ModuleLinkForm(
        SurveyForm.first(form, "programId"), List.copyOf(modules), InvitationForm.from(form));
  }

  /** The program chosen, if it is a whole number. */
  Long programId() {
    OptionalLong id = StaffForms.wholeNumber(program);
    return id.isPresent() ? id.getAsLong() : null;
  }

  FormErrors check() {
    FormErrors errors = FormErrors.none();
    if (programId() == null) {
      errors = errors.with("programId", ERRORS.messageKey("programId"));
    }
    for (var e : link.check().fields().entrySet()) {
      errors = errors.with(e.getKey(), ERRORS.messageKey(e.getKey()));
    }
    return errors;
  }

  /** The command; only after {@link #check()} found nothing. */
  NewLink toCommand() {
    var invitation = link.toCommand();
    return new NewLink(
        programId(),
        moduleIds,
        invitation.group(),
        invitation.maxUses(),
        invitation.expiresAt(),
        invitation.anonymous(),
        invitation.label());
  }

  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>(link.values());
    values.put("programId", StaffForms.typed(program));
    return values;
  }
}
