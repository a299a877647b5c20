package it.kenes.certificate;

import static it.kenes.support.ProblemAssertions.assertNoInternals;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import it.kenes.support.AdminApi;
import it.kenes.support.Await;
import it.kenes.support.CoursePages;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates of a whole program over HTTP (docs/certificates.md, "Certificates of a program"): a
 * program of two modules delivered by two courses of one platform; one learner (one {@code sub} of
 * that platform) gets a certificate in each course and, by the program's rules, the program's
 * certificate, which verifies, prints its courses and carries a QR code of its verification page;
 * and who may do what: only the program's administrators manage it, a learner sees only their own.
 */
class ProgramCertificateIT {

  private final AdminApi operator = AdminApi.asAdmin();
  private TestPlatform platform;
  private long programId;
  private long courseA;
  private long courseB;
  private String courseIdA;
  private String courseIdB;
  private AdminApi instructorA;
  private AdminApi instructorB;
  private AdminApi admin;
  private String sub;

  /**
   * Waits for the server once more when the first wait ran out: on a heavily loaded machine the
   * launch warm-up (ADR 0018) can outlast one wait, and this class may be the first of its JVM.
   */
  @BeforeAll
  static void ready() {
    try {
      Kenes.awaitReady();
    } catch (AssertionError slow) {
      Kenes.awaitReady();
    }
  }

  @BeforeEach
  void aProgramOfTwoCourses() {
    Map<String, Object> soils = Programs.module("M-1");
    soils.put("title", "Soils");
    soils.put("competencies", List.of("Reads a soil map"));
    Map<String, Object> water = Programs.module("M-2");
    water.put("title", "Irrigation");
    water.put("competencies", List.of("Plans irrigation"));
    Programs.Created created =
        Programs.aProgram()
            .universityName("Program Certificate University")
            .code("PC-" + Unique.suffix())
            .name("Agronomy")
            .withModule(soils)
            .withModule(water)
            .create(operator);
    programId = created.programId();
    platform = TestPlatform.register(r -> r.with("universityId", created.universityId()));
    courseIdA = "course-a-" + Unique.suffix();
    courseIdB = "course-b-" + Unique.suffix();
    instructorA = as(LtiRoles.INSTRUCTOR, courseIdA);
    instructorB = as(LtiRoles.INSTRUCTOR, courseIdB);
    courseA = contextRef(instructorA);
    courseB = contextRef(instructorB);
    Programs.deliver(operator, courseA, programId, "M-1");
    Programs.deliver(operator, courseB, programId, "M-2");
    admin = as(LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-" + Unique.suffix());
    sub = "learner-" + Unique.suffix();
  }

  @AfterEach
  void close() {
    if (platform != null) {
      platform.close();
    }
  }

  private AdminApi as(String role, String course) {
    Flow flow = platform.launchIntoCourse(role, course);
    assertThat(flow.succeeded()).as("%s", flow.launch()).isTrue();
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  private AdminApi learnerIn(String course, String learnerSub) {
    Flow flow =
        platform.launchIntoCourse(
            LtiRoles.LEARNER, course, t -> t.subject(learnerSub).with("name", "Әлия Нұрланқызы"));
    assertThat(flow.succeeded()).as("%s", flow.launch()).isTrue();
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  private static long contextRef(AdminApi session) {
    return session
        .send("GET", "/api/me", null)
        .json()
        .getJsonObject("context")
        .getJsonNumber("id")
        .longValue();
  }

  private String path(String rest) {
    return "/api/admin/programs/" + programId + "/certificates" + rest;
  }

  private void programRules(boolean autoIssue, List<Long> courses) {
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("requiredCourses", courses);
    rules.put("autoIssue", autoIssue);
    rules.put("title", "Агрономия бакалавры");
    rules.put("hours", 240);
    HttpAnswer set = admin.send("PUT", path("/rules"), JsonText.of(rules));
    assertThat(set.status()).as("%s", set).isEqualTo(200);
  }

  /** The course's instructor issues the learner's course certificate by hand; its number. */
  private static String issueCourseCertificate(AdminApi instructor, AdminApi learner) {
    assertThat(learner.send("GET", "/api/certificates/mine", null).status()).isEqualTo(200);
    JsonArray learners =
        instructor.send("GET", "/api/certificates/course/learners", null).jsonArray();
    assertThat(learners).hasSize(1);
    long userRef = learners.getJsonObject(0).getJsonNumber("userRef").longValue();
    HttpAnswer issued =
        instructor.send(
            "POST",
            "/api/certificates/course/issue",
            JsonText.of(Map.of("userRef", userRef, "reason", "Exam taken offline")));
    assertThat(issued.status()).as("%s", issued).isEqualTo(201);
    assertThat(issued.json().getString("scope")).isEqualTo("course");
    return issued.json().getString("number");
  }

  private static JsonObject programsOf(AdminApi learner) {
    HttpAnswer answer = learner.send("GET", "/api/certificates/programs/mine", null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  @Test
  void aLearnerThroughBothCoursesGetsAProgramCertificateThatVerifies() throws Exception {
    JsonObject defaults = admin.send("GET", path("/rules"), null).json();
    assertThat(defaults.getBoolean("set")).isFalse();
    assertThat(defaults.getJsonObject("rules").getJsonArray("competencies").toString())
        .contains("Reads a soil map", "Plans irrigation");
    assertThat(defaults.getJsonArray("courses")).hasSize(2);
    programRules(true, List.of());

    AdminApi learnerA = learnerIn(courseIdA, sub);
    AdminApi learnerB = learnerIn(courseIdB, sub);
    JsonObject before = programsOf(learnerA);
    assertThat(before.getJsonArray("programs")).hasSize(1);
    JsonObject progress = before.getJsonArray("programs").getJsonObject(0);
    assertThat(progress.getBoolean("complete")).isFalse();
    assertThat(progress.getJsonArray("conditions")).hasSize(2);

    issueCourseCertificate(instructorA, learnerA);
    assertThat(admin.send("GET", path(""), null).json().getInt("total")).isZero();
    issueCourseCertificate(instructorB, learnerB);

    // issued when the second course certificate was, by the program's rules
    Await.until(
        () -> admin.send("GET", path(""), null).json().getInt("total") == 1,
        Duration.ofSeconds(10));
    JsonObject after = programsOf(learnerA);
    assertThat(after.getJsonArray("programs").getJsonObject(0).getBoolean("complete")).isTrue();
    JsonArray held = after.getJsonArray("certificates");
    assertThat(held).hasSize(1);
    JsonObject certificate = held.getJsonObject(0);
    assertThat(certificate.getString("scope")).isEqualTo("program");
    assertThat(certificate.getString("issuedBy")).isEqualTo("rules");
    assertThat(certificate.getString("title")).isEqualTo("Агрономия бакалавры");
    String number = certificate.getString("number");
    assertThat(programsOf(learnerB).getJsonArray("certificates")).hasSize(1);

    JsonObject verified = Http.get("/verify/" + number, "Accept", "application/json").json();
    assertThat(verified.getString("status")).isEqualTo("valid");
    assertThat(verified.getString("scope")).isEqualTo("program");
    assertThat(verified.getString("learnerName")).isEqualTo("Әлия Нұрланқызы");
    assertThat(verified.getJsonArray("programCourses").toString()).contains("Soils", "Irrigation");
    assertThat(verified.getJsonArray("competencies").toString())
        .contains("Reads a soil map", "Plans irrigation");
    HttpAnswer page = Http.get("/verify/" + number + "?lang=ru", "Accept", "text/html");
    assertThat(page.body()).contains("data-kenes-program-courses", "Курсы программы");

    byte[] pdf = pdf(learnerB, number);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Agronomy", "Soils", "Irrigation", number);
    }
    String url = qrCodeOf(pdf);
    assertThat(url).endsWith("/verify/" + number);
    assertThat(
            Http.get(URI.create(url).getPath(), "Accept", "application/json")
                .json()
                .getString("status"))
        .isEqualTo("valid");
    HttpAnswer credential =
        learnerA.send("GET", "/api/certificates/" + number + "/credential", null);
    assertThat(credential.status()).as("%s", credential).isEqualTo(200);
    assertThat(credential.body()).contains("/certificates/achievements/programs/" + programId);

    HttpAnswer revoked =
        admin.send(
            "POST",
            path("/" + number + "/revoke"),
            JsonText.of(Map.of("reason", "Course certificate issued in error")));
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
    JsonObject gone = Http.get("/verify/" + number, "Accept", "application/json").json();
    assertThat(gone.getString("status")).isEqualTo("revoked");
    assertThat(gone.getString("revokeReason")).isEqualTo("Course certificate issued in error");
    assertProblem(
        admin.send("POST", path("/" + number + "/revoke"), JsonText.of(Map.of("reason", "again"))),
        409,
        "certificate-revoked");
  }

  @Test
  void revokingACourseCertificateRevokesTheProgramCertificateThatReliedOnIt() throws Exception {
    programRules(true, List.of(courseB));
    AdminApi learnerA = learnerIn(courseIdA, sub);
    AdminApi learnerB = learnerIn(courseIdB, sub);
    String ofA = issueCourseCertificate(instructorA, learnerA);
    String ofB = issueCourseCertificate(instructorB, learnerB);
    Await.until(
        () -> admin.send("GET", path(""), null).json().getInt("total") == 1,
        Duration.ofSeconds(10));
    String number =
        programsOf(learnerA).getJsonArray("certificates").getJsonObject(0).getString("number");
    int index = statusIndexOf(learnerA, number);
    assertThat(revokedInStatusList(index)).isFalse();

    // course A is not required: the program's rules still hold without its certificate
    revokeCourseCertificate(instructorA, ofA);
    assertThat(verify(ofA).getString("status")).isEqualTo("revoked");
    assertThat(verify(number).getString("status")).isEqualTo("valid");
    assertThat(revokedInStatusList(index)).isFalse();

    // course B is: its certificate's revocation takes the program certificate with it
    revokeCourseCertificate(instructorB, ofB);
    JsonObject gone = verify(number);
    assertThat(gone.getString("status")).isEqualTo("revoked");
    assertThat(gone.getString("revokeReason")).contains(ofB, "relied on");
    assertThat(revokedInStatusList(index)).isTrue();
    HttpAnswer page = Http.get("/verify/" + number + "?lang=en", "Accept", "text/html");
    assertThat(page.body()).contains("data-kenes-certificate-status=\"revoked\"", ofB);
    JsonObject listed = admin.send("GET", path(""), null).json();
    assertThat(listed.getJsonArray("certificates").getJsonObject(0).getBoolean("revoked")).isTrue();
    // the learner is no longer complete, and no new program certificate is issued by the rules
    JsonObject mine = programsOf(learnerA);
    assertThat(mine.getJsonArray("programs").getJsonObject(0).getBoolean("complete")).isFalse();
    assertThat(mine.getJsonArray("certificates")).hasSize(1);
  }

  private static void revokeCourseCertificate(AdminApi instructor, String number) {
    HttpAnswer revoked =
        instructor.send(
            "POST",
            "/api/certificates/" + number + "/revoke",
            JsonText.of(Map.of("reason", "Exam result withdrawn")));
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
  }

  private static JsonObject verify(String number) {
    return Http.get("/verify/" + number, "Accept", "application/json").json();
  }

  private static int statusIndexOf(AdminApi learner, String number) {
    HttpAnswer credential =
        learner.send("GET", "/api/certificates/" + number + "/credential", null);
    assertThat(credential.status()).as("%s", credential).isEqualTo(200);
    return Integer.parseInt(
        credential.json().getJsonObject("credentialStatus").getString("statusListIndex"));
  }

  /** Whether the published status list, its signature checked from the JWK Set, has the bit. */
  private static boolean revokedInStatusList(int index) throws Exception {
    JWKSet keys = JWKSet.parse(Http.get("/certificates/issuer/jwks").body());
    SignedJWT list = SignedJWT.parse(Http.get("/certificates/status/1").body().trim());
    RSAKey key = (RSAKey) keys.getKeyByKeyId(list.getHeader().getKeyID());
    assertThat(list.verify(new RSASSAVerifier(key))).isTrue();
    Map<?, ?> subject = (Map<?, ?>) list.getJWTClaimsSet().getClaim("credentialSubject");
    return kz.kenes.certificate.application.OpenBadges.isSet(
        (String) subject.get("encodedList"), index);
  }

  @Test
  void onlyTheProgramsAdministratorsManageItAndALearnerSeesOnlyTheirOwn() {
    programRules(false, List.of(courseA));
    AdminApi learner = learnerIn(courseIdA, sub);
    AdminApi other = learnerIn(courseIdA, sub + "-other");
    assertThat(learner.send("GET", "/api/certificates/mine", null).status()).isEqualTo(200);

    // an instructor of one of the program's courses, a learner: not the program's administrators
    for (AdminApi notAdmin : List.of(instructorA, learner)) {
      assertThat(notAdmin.send("GET", path("/rules"), null).status()).isEqualTo(403);
      assertThat(notAdmin.send("PUT", path("/rules"), "{}").status()).isEqualTo(403);
      assertThat(notAdmin.send("GET", path(""), null).status()).isEqualTo(403);
      assertThat(
              notAdmin
                  .send("POST", path("/issue"), JsonText.of(Map.of("userRef", 1, "reason", "x")))
                  .status())
          .isEqualTo(403);
    }
    assertThat(AdminApi.withAuthorization(null).send("GET", path("/rules"), null).status())
        .isEqualTo(401);
    // an administrator of another university
    long elsewhere = Programs.university(operator, "U-" + Unique.suffix(), "Elsewhere");
    try (TestPlatform foreign = TestPlatform.register(r -> r.with("universityId", elsewhere))) {
      AdminApi foreignAdmin =
          AdminApi.withAuthorization(
              "Bearer "
                  + foreign
                      .launchIntoCourse(LtiRoles.INSTITUTION_ADMINISTRATOR, "x-" + Unique.suffix())
                      .sessionToken());
      assertThat(foreignAdmin.send("GET", path("/rules"), null).status()).isEqualTo(403);
    }

    assertProblem(
        admin.send(
            "PUT", path("/rules"), JsonText.of(Map.of("requiredCourses", List.of(999_999_999L)))),
        400,
        "invalid-certificate-rules");
    assertProblem(
        admin.send("PUT", path("/rules"), "{\"minPercent\": 150, \"hours\": -1}"),
        400,
        "invalid-certificate-rules");
    assertProblem(
        admin.send("POST", path("/issue"), JsonText.of(Map.of("userRef", 1, "reason", "x"))),
        404,
        "certificate-learner-unknown");

    // rules without automatic issue: the administrator issues by hand with a reason
    JsonArray learners = admin.send("GET", path("/learners"), null).jsonArray();
    assertThat(learners).hasSize(1);
    long userRef = learners.getJsonObject(0).getJsonNumber("userRef").longValue();
    assertProblem(
        admin.send("POST", path("/issue"), JsonText.of(Map.of("userRef", userRef))),
        400,
        "invalid-input");
    HttpAnswer issued =
        admin.send(
            "POST",
            path("/issue"),
            JsonText.of(Map.of("userRef", userRef, "reason", "Recognised prior learning")));
    assertThat(issued.status()).as("%s", issued).isEqualTo(201);
    assertThat(issued.json().getString("issuedBy")).isEqualTo("staff");
    String number = issued.json().getString("number");
    assertProblem(
        admin.send(
            "POST", path("/issue"), JsonText.of(Map.of("userRef", userRef, "reason", "twice"))),
        409,
        "certificate-exists");

    assertThat(learner.send("GET", "/api/certificates/" + number + "/pdf", null).status())
        .isEqualTo(200);
    assertProblem(
        other.send("GET", "/api/certificates/" + number + "/pdf", null),
        404,
        "certificate-unknown");
    assertProblem(
        instructorA.send("GET", "/api/certificates/" + number + "/credential", null),
        404,
        "certificate-unknown");
    assertThat(programsOf(other).getJsonArray("certificates")).isEmpty();
    assertThat(programsOf(learner).getJsonArray("certificates")).hasSize(1);
    // the course's staff do not revoke a program's certificate, nor see it in their course
    assertProblem(
        instructorA.send(
            "POST", "/api/certificates/" + number + "/revoke", JsonText.of(Map.of("reason", "x"))),
        404,
        "certificate-unknown");
    assertThat(instructorA.send("GET", "/api/certificates/course", null).json().getInt("total"))
        .isZero();
    assertProblem(
        admin.send("POST", path("/0000-0000-0000-0000/revoke"), JsonText.of(Map.of("reason", "x"))),
        404,
        "certificate-unknown");
  }

  @Test
  void theAdministratorsPageSavesRulesAndRevokesOnlyWhenConfirmed() {
    programRules(false, List.of());
    AdminApi learner = learnerIn(courseIdB, sub);
    assertThat(learner.send("GET", "/api/certificates/mine", null).status()).isEqualTo(200);
    long userRef =
        admin
            .send("GET", path("/learners"), null)
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("userRef")
            .longValue();
    String number =
        admin
            .send(
                "POST",
                path("/issue"),
                JsonText.of(Map.of("userRef", userRef, "reason", "Transferred credits")))
            .json()
            .getString("number");

    String pagePath = "/app/admin/programs/" + programId + "/certificates";
    CoursePages pages =
        CoursePages.of(
            platform.launchIntoCourse(
                LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-" + Unique.suffix()),
            pagePath);
    String programPage = pages.page("/app/admin/programs/" + programId + "?lang=en");
    assertThat(programPage).contains("id=\"kenes-program-certificates-link\"");
    String html = pages.page(pagePath + "?lang=kk");
    assertThat(html)
        .contains(
            "id=\"kenes-program-certificate-rules\"",
            "data-kenes-certificate=\"" + number + "\"",
            "бағдарламасының сертификаттары");
    String csrf = html.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    String tokens = "kt=" + CoursePages.encode(pages.kt()) + "&csrf=" + CoursePages.encode(csrf);

    HttpAnswer saved =
        Http.post(
            pagePath + "/rules",
            "application/x-www-form-urlencoded",
            tokens + "&requiredCourses=" + courseB + "&minPercent=&title=Agronomy&autoIssue=true",
            "Accept",
            "text/html");
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    JsonObject rules = admin.send("GET", path("/rules"), null).json().getJsonObject("rules");
    assertThat(rules.getJsonArray("requiredCourses").getJsonNumber(0).longValue())
        .isEqualTo(courseB);
    assertThat(rules.getBoolean("autoIssue")).isTrue();

    HttpAnswer badRules =
        Http.post(
            pagePath + "/rules",
            "application/x-www-form-urlencoded",
            tokens + "&minPercent=abc&requiredCourses=x",
            "Accept",
            "text/html");
    assertThat(badRules.status()).isEqualTo(400);
    assertNoInternals(badRules);
    HttpAnswer noCsrf =
        Http.post(
            pagePath + "/rules",
            "application/x-www-form-urlencoded",
            "kt=" + CoursePages.encode(pages.kt()) + "&title=x",
            "Accept",
            "text/html");
    assertThat(noCsrf.status()).isEqualTo(403);

    HttpAnswer unconfirmed =
        Http.post(
            pagePath + "/revoke",
            "application/x-www-form-urlencoded",
            tokens + "&number=" + number + "&reason=test",
            "Accept",
            "text/html");
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(
            Http.get("/verify/" + number, "Accept", "application/json").json().getString("status"))
        .isEqualTo("valid");
    HttpAnswer confirmed =
        Http.post(
            pagePath + "/revoke",
            "application/x-www-form-urlencoded",
            tokens + "&number=" + number + "&reason=test&confirm=yes",
            "Accept",
            "text/html");
    assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(303);
    assertThat(
            Http.get("/verify/" + number, "Accept", "application/json").json().getString("status"))
        .isEqualTo("revoked");

    String landing =
        CoursePages.of(
                platform.launchIntoCourse(LtiRoles.LEARNER, courseIdB, t -> t.subject(sub)), "/app")
            .page("/app");
    assertThat(landing).contains("id=\"kenes-program-certificates\"", number);
  }

  private static byte[] pdf(AdminApi learner, String number) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(Kenes.url("/api/certificates/" + number + "/pdf?lang=en"))
                    .header("Authorization", learner.authorization())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String qrCodeOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
          .getText();
    }
  }
}
