package kz.kenes.certificate.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.certificate.application.Certificates;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A learner's certificate of the course they launched from ({@code /app/course/certificate}): their
 * progress against the completion rules and their certificates, as on the landing page. A
 * certificate link placed in the course ({@link CertificateActivities}) lands here; the course's
 * staff are sent on to the certificates page of the course.
 */
@Path(MyCertificatePagesResource.PATH)
public class MyCertificatePagesResource {

  public static final String PATH = "/app/course/certificate";

  @Inject PageSessions pages;
  @Inject Certificates certificates;
  @Inject CertificateSection section;
  @Inject Views views;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    PageModel page = request.page("certificate.mine.title", PATH, Map.of());
    if (!certificates.isLearner(request.session())) {
      certificates.staffCourse(request.session());
      return HtmlPages.seeOther(
          page.link(CertificatePagesResource.PATH, Map.of("lang", request.locale().getLanguage())));
    }
    section.addTo(request, page);
    if (page.asMap().get("certificatePart") == null) {
      throw new NotAllowed(
          "certificate-learner-only", "only a learner launched from the course has certificates");
    }
    return HtmlPages.ok(views.render("certificate/mine", request.locale(), page.asMap()));
  }
}
