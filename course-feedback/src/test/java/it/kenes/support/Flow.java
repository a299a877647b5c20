package it.kenes.support;

/** One complete login → authentication → launch: each step as Kenes answered it. */
public record Flow(VirtualBrowser browser, LoginResult login, String idToken, LaunchResult launch) {

  public boolean succeeded() {
    return launch.status() == 303 && launch.sessionToken().isPresent();
  }

  public String sessionToken() {
    return launch.sessionTokenOrFail();
  }
}
