package kz.kenes.program.domain;

import java.util.Objects;

/**
 * Everything a module version says: title, credits, contact hours and its {@link ModuleOutline}. A
 * change to any of it is a new version of the module.
 */
public record ModuleContent(String title, int credits, int hours, ModuleOutline outline) {

  /** Hours when none are given: 30 per credit (ECTS). */
  public static final int HOURS_PER_CREDIT = 30;

  public ModuleContent {
    title = University.requireText(title, "title");
    if (credits <= 0) {
      throw new IllegalArgumentException("a module has a positive number of credits");
    }
    if (hours <= 0) {
      throw new IllegalArgumentException("a module has a positive number of hours");
    }
    outline = Objects.requireNonNullElse(outline, ModuleOutline.EMPTY);
  }

  /** A module with no outline yet and 30 hours per credit, as the demo seed creates them. */
  public static ModuleContent of(String title, int credits) {
    return new ModuleContent(title, credits, credits * HOURS_PER_CREDIT, ModuleOutline.EMPTY);
  }
}
