package kz.kenes.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JAX-RS application: pages, the REST API under /api and the LTI endpoints under /lti. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Kenes",
            version = "0.1",
            description =
                "LTI 1.3 tool for crowdsourced revision of university programs. API clients"
                    + " authenticate with `Authorization: Bearer <token>`: the admin token or"
                    + " the session token of an LTI launch."))
public class KenesApplication extends Application {}
