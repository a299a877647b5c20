package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevPlatform;
import kz.kenes.devplatform.application.DevPlatformService;
import kz.kenes.devplatform.application.DevPlatformService.CoursePage;
import kz.kenes.devplatform.application.LaunchForm;
import kz.kenes.devplatform.application.PlatformRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's course page, the stand-in for a course in an LMS: a form to pick role,
 * user, course and language, and the iframe ({@code kenes-frame}) Kenes is launched into. Its form
 * posts to {@code /dev/platform/launch} on whichever host served the page; from there on every URL
 * is Kenes's public URL.
 */
@Path("/dev/platform")
public class DevPlatformPageResource {

  /** Interface languages as the course page names them. */
  static final Map<String, String> LOCALE_NAMES =
      Map.of("kk", "Қазақша (kk)", "ru", "Русский (ru)", "en", "English (en)");

  /** The value of the course page's "offer platform storage" switch when it is on. */
  static final String STORAGE_ON = "on";

  @Inject DevModeGate gate;
  @Inject DevPlatformService platform;
  @Inject DevPages pages;

  @GET
  @Operation(hidden = true)
  public Response coursePage(
      @QueryParam("role") String role,
      @QueryParam("user") String user,
      @QueryParam("course") String course,
      @QueryParam("locale") String locale) {
    gate.requireOpen();
    CoursePage page = platform.coursePage();
    Map<String, Object> model = new HashMap<>();
    model.put("platform", page.platform());
    model.put("roles", page.roles());
    model.put("users", page.users());
    model.put("courses", page.courses());
    model.put("locales", page.locales());
    model.put("placedLinks", page.placedLinks());
    model.put("localeNames", LOCALE_NAMES);
    model.put("selectedRole", role == null ? PlatformRole.LEARNER.key() : role);
    model.put("selectedUser", user == null ? "" : user);
    model.put("selectedCourse", course == null ? "" : course);
    model.put("selectedLocale", locale == null ? "en" : locale);
    model.put("ready", !page.users().isEmpty() && !page.courses().isEmpty());
    model.put("storageFrame", DevPlatform.STORAGE_FRAME);
    model.put("storageUrl", page.platform().storageUrl());
    return pages.page("dev/platform", model);
  }

  @POST
  @Path("launch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response launch(
      @FormParam("role") String role,
      @FormParam("user") String user,
      @FormParam("course") String course,
      @FormParam("locale") String locale,
      @FormParam("target") String target,
      @FormParam("message") String message,
      @FormParam("link") String link,
      @FormParam("storage") String storage) {
    gate.requireOpen();
    return pages.autoPost(
        platform.startLaunch(
            new LaunchForm(role, user, course, locale, target, message, link),
            STORAGE_ON.equals(storage)));
  }

  /**
   * The course page's storage frame (named {@link DevPlatform#STORAGE_FRAME}): it keeps what Kenes
   * puts with {@code lti.put_data} and answers {@code lti.get_data}, as long as the course page
   * stays open ({@code static/dev-platform-storage.js}).
   */
  @GET
  @Path("storage")
  @Operation(hidden = true)
  public Response storageFrame() {
    gate.requireOpen();
    return pages.page("dev/storage", Map.of());
  }
}
