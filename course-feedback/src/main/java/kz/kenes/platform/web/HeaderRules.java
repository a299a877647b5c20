package kz.kenes.platform.web;

/**
 * What the parts of Kenes that know it tell {@link SecurityHeadersFilter}: which origins may frame
 * Kenes pages, which paths set their own Content-Security-Policy and which answers may be cached.
 * Implementations are CDI beans (the LTI adapter knows the registered platforms, the development
 * platform its own pages), so that {@code platform} depends on none of them.
 */
public interface HeaderRules {

  /** CSP source expressions allowed to frame Kenes, space-separated; empty for none. */
  default String frameAncestors() {
    return "";
  }

  /** Whether the page at {@code path} sets its own Content-Security-Policy. */
  default boolean ownsContentSecurityPolicy(String path) {
    return false;
  }

  /** Whether the answer at {@code path} is public and may be cached. */
  default boolean cacheable(String path) {
    return false;
  }
}
