package kz.kenes.platform.web;

/** A {@link Views} outside the container, for tests that render templates. */
public final class TestViews {

  private TestViews() {}

  public static Views create() {
    Views views = new Views();
    views.init();
    return views;
  }
}
