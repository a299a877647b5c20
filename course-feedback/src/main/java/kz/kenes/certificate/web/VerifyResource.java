package kz.kenes.certificate.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.kenes.certificate.application.Certificates;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verification of a certificate by its number, the address its QR code carries: no
 * login; an HTML page for browsers, JSON for API clients. It says valid, revoked (with the date and
 * reason) or unknown, and shows nothing the certificate does not show. Numbers are 80 random bits,
 * so no one finds a certificate by trying numbers; an unknown number answers 404 like a malformed
 * one.
 */
@Path("/verify/{number}")
@Tag(name = "Certificates")
public class VerifyResource {

  @Inject Certificates certificates;
  @Inject PageSessions pages;
  @Inject Views views;
  @Context HttpHeaders headers;

  /**
   * What the verification answers.
   *
   * @param status {@code valid}, {@code revoked} or {@code unknown}
   * @param scope {@code course} or {@code program} (null when unknown)
   * @param programCourses of a program certificate, the courses it lists
   */
  public record Verification(
      String status,
      String number,
      String learnerName,
      String title,
      String courseTitle,
      Instant issuedAt,
      Integer hours,
      BigDecimal credits,
      List<String> competencies,
      Instant revokedAt,
      String revokeReason,
      String scope,
      List<String> programCourses) {

    static Verification of(String number, Optional<Certificate> found) {
      if (found.isEmpty()) {
        return new Verification(
            "unknown", number, null, null, null, null, null, null, List.of(), null, null, null,
            List.of());
      }
      Certificate c = found.get();
      Content content = c.content();
      return new Verification(
          c.revoked() ? "revoked" : "valid",
          c.number().value(),
          content.learnerName(),
          content.title(),
          content.courseTitle(),
          c.issuedAt(),
          content.hours(),
          content.credits(),
          content.competencies(),
          c.revokedAt().orElse(null),
          c.revokeReason().orElse(null),
          c.scope().name().toLowerCase(Locale.ROOT),
          content.programCourses());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verify a certificate by its number (public)",
      description = "200 valid or revoked (with date and reason); 404 with status unknown.")
  public Response json(@PathParam("number") String number) {
    Verification v = Verification.of(clip(number), certificates.verify(number));
    return Response.status("unknown".equals(v.status()) ? 404 : 200)
        .entity(v)
        .type(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(@PathParam("number") String number, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    Verification v = Verification.of(clip(number), certificates.verify(number));
    PageModel page = PageModel.of(locale, "certificate.verify.title");
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    page.with("v", v)
        .with(
            "issuedOn",
            v.issuedAt() == null ? null : dates.format(v.issuedAt().atZone(ZoneOffset.UTC)))
        .with(
            "revokedOn",
            v.revokedAt() == null ? null : dates.format(v.revokedAt().atZone(ZoneOffset.UTC)))
        .with(
            "credits",
            v.credits() == null ? null : v.credits().stripTrailingZeros().toPlainString())
        .with("languageLinks", Map.of());
    String html = views.render("certificate/verify", locale, page.asMap());
    return HtmlPages.status("unknown".equals(v.status()) ? 404 : 200, html);
  }

  private static String clip(String number) {
    return number == null ? "" : number.length() > 40 ? number.substring(0, 40) : number;
  }
}
