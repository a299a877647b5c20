package kz.kenes.devplatform.application;

/**
 * A person of the development platform, as its id_token describes them.
 *
 * @param subject the {@code sub} claim (also the {@code login_hint})
 */
public record PlatformUser(
    String subject, String name, String givenName, String familyName, String email) {

  /** How the course page's user list shows the person. */
  public String label() {
    return email == null ? name : name + " <" + email + ">";
  }
}
