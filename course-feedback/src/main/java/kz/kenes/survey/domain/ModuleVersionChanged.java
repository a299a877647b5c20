package kz.kenes.survey.domain;

import kz.kenes.platform.domain.Conflict;

/**
 * A rating was sent for a module version that is no longer the module's current one ({@code
 * module-version-changed}, 409): the module was revised since the form was loaded, and the old
 * version's rating no longer changes.
 */
public class ModuleVersionChanged extends Conflict {

  public static final String REASON = "module-version-changed";

  public ModuleVersionChanged(int expected, int current) {
    super(
        REASON,
        "The module is now at version "
            + current
            + ", not "
            + expected
            + ": load the form again and rate the current version.");
  }
}
