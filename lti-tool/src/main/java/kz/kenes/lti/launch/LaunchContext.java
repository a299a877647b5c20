package kz.kenes.lti.launch;

import java.time.Instant;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.state.LoginState;

/** What the claim checks compare the id_token with: the login it answers, and the time. */
record LaunchContext(
    PlatformRegistration registration,
    LoginState loginState,
    ToolConfiguration tool,
    Instant now) {}
