package kz.kenes.integration.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.api.PlatformRegistrationView;
import kz.kenes.integration.lti.api.ToolConfigResource;
import kz.kenes.integration.lti.application.RegistrationService;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;

/**
 * Renders the registration pages of {@link PlatformPagesResource}: the list (with the add form and
 * the tool's URLs) and the edit page (with the add-deployment form), each with the values and
 * errors of the form it is given.
 */
@ApplicationScoped
public class PlatformPages {

  static final int PAGE_SIZE = 20;
  static final Set<String> CONFIRMATIONS = Set.of("created", "updated", "deployment-added");
  private static final String PATH = PlatformPagesResource.PATH;

  @Inject RegistrationService registrations;
  @Inject kz.kenes.program.domain.UniversityRepository universities;
  @Inject ToolConfiguration tool;
  @Inject Views views;

  /** One registration in the list. */
  public record Row(
      String name, String issuer, String clientId, List<String> deploymentIds, String editUrl) {}

  /** The add-deployment form as typed, with its errors. */
  record DeploymentInput(String deploymentId, FormErrors errors) {

    /** Any invalid deployment id is one message, a deployment the platform has another. */
    static final FormErrors.Form ERRORS =
        FormErrors.form(List.of("deploymentId"), "admin.deployment.error.")
            .withKey("admin.deployment.error.invalid")
            .onConflict("deploymentId", "admin.deployment.error.duplicate");

    static DeploymentInput empty() {
      return new DeploymentInput("", FormErrors.none());
    }
  }

  String list(
      PageRequest request, int offset, String done, RegistrationForm form, FormErrors errors) {
    return list(request, offset, done, form, errors, null);
  }

  /** The list with a registration link just created (null: none) shown once. */
  String list(
      PageRequest request,
      int offset,
      String done,
      RegistrationForm form,
      FormErrors errors,
      RegistrationLinkView link) {
    int start = Math.max(0, offset);
    long total = registrations.count();
    PageModel page = request.page("admin.platforms.title", PATH, PageModel.offsetQuery(start));
    List<Row> rows =
        registrations.list(start, PAGE_SIZE).stream()
            .map(PlatformRegistrationView::of)
            .map(r -> row(page, r))
            .toList();
    page.with("registrations", rows)
        .withPager(start, rows.size(), PAGE_SIZE, total, from -> pageLink(page, from))
        .with("tool", ToolConfigResource.of(tool))
        .with("registrationLinkAction", PATH + "/registration-links")
        .with("registrationLink", link);
    withForm(page, PATH, form, errors);
    return views.render("admin/platforms", request.locale(), confirm(page, done).asMap());
  }

  /** The edit page; {@code typed} is null to show the stored values. */
  String edit(
      PageRequest request, long id, String done, RegistrationForm typed, FormErrors errors) {
    return edit(request, id, done, typed, errors, DeploymentInput.empty());
  }

  String editWithDeployment(
      PageRequest request, long id, String deploymentId, FormErrors deploymentErrors) {
    DeploymentInput deployment = new DeploymentInput(deploymentId, deploymentErrors);
    return edit(request, id, null, null, FormErrors.none(), deployment);
  }

  private String edit(
      PageRequest request,
      long id,
      String done,
      RegistrationForm typed,
      FormErrors errors,
      DeploymentInput deployment) {
    PlatformRegistrationView stored = PlatformRegistrationView.of(registrations.find(id));
    String path = PATH + "/" + id;
    PageModel page = request.page("admin.platform.title", path, Map.of());
    page.with("registration", stored)
        .with("backUrl", page.link(PATH, Map.of()))
        .with("deploymentAction", path + "/deployments")
        .with("deploymentId", deployment.deploymentId() == null ? "" : deployment.deploymentId())
        .with("deploymentErrors", deployment.errors().fields());
    withForm(page, path, typed == null ? RegistrationForm.of(stored) : typed, errors);
    return views.render("admin/platform", request.locale(), confirm(page, done).asMap());
  }

  /** A dynamic registration link just created, as the page shows it. */
  public record RegistrationLinkView(String url, String expiresAt) {}

  /** A university the registration form offers. */
  public record UniversityOption(String id, String name) {}

  private void withForm(PageModel page, String action, RegistrationForm form, FormErrors errors) {
    page.with("section", "platforms")
        .with(
            "universities",
            universities.findAll().stream()
                .map(
                    u ->
                        new UniversityOption(
                            String.valueOf(u.id()), u.name() + " (" + u.code() + ")"))
                .toList())
        .with("formAction", action)
        .with("formFields", RegistrationForm.FIELDS)
        .with("form", form.values())
        .with("errors", errors.fields());
  }

  private static PageModel confirm(PageModel page, String done) {
    return done != null && CONFIRMATIONS.contains(done)
        ? page.with("confirmation", "admin.done." + done)
        : page;
  }

  private static Row row(PageModel page, PlatformRegistrationView r) {
    String editUrl = page.link(PATH + "/" + r.id(), Map.of());
    return new Row(r.name(), r.issuer(), r.clientId(), r.deploymentIds(), editUrl);
  }

  private static String pageLink(PageModel page, int start) {
    return page.link(PATH, PageModel.offsetQuery(Math.max(0, start)));
  }
}
