package kz.kenes.survey.api;

import kz.kenes.survey.application.ModuleFeedbackForms.Choice;

/**
 * The learners' module feedback form of a program or university.
 *
 * @param owner {@code program} or {@code university}
 * @param ownerId the program's or university's id
 * @param own whether it has a form of its own
 * @param from where the form answered comes from: {@code program}, {@code university}, {@code
 *     default}
 * @param instrumentId the instrument answered (edit it at {@code /api/admin/instruments/{id}})
 * @param instrumentCode its code
 * @param instrumentVersion its current version
 */
public record ModuleFeedbackFormView(
    String owner,
    long ownerId,
    boolean own,
    String from,
    long instrumentId,
    String instrumentCode,
    int instrumentVersion) {

  public static ModuleFeedbackFormView of(Choice choice) {
    return new ModuleFeedbackFormView(
        choice.owner().kind().word(),
        choice.owner().id(),
        choice.own(),
        choice.from(),
        choice.instrument().id(),
        choice.instrument().code(),
        choice.instrument().currentVersionNumber());
  }
}
