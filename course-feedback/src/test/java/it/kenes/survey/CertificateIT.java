package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertNoInternals;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import it.kenes.support.AdminApi;
import it.kenes.support.CoursePages;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import kz.kenes.certificate.application.OpenBadgesSchema;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates over HTTP (docs/certificates.md), in a course whose completion rule is a survey of
 * the survey world: a learner's certificate issued by the rules when they answer the survey, its
 * PDF whose QR code leads to the public verification, its Open Badges credential verified from the
 * published keys (and, when a copy of 1EdTech's schema is there, valid against it, before and after
 * revocation), revocation seen by the verification and the status list, issue by hand, and who may
 * do what.
 */
class CertificateIT {

  private SurveyFixture world;
  private long round;
  private AdminApi instructor;

  @BeforeEach
  void aCourseWithASurvey() {
    world = new SurveyFixture().withSurvey();
    round = world.openRound("baseline");
    instructor = world.as(LtiRoles.INSTRUCTOR, world.courseId);
  }

  @AfterEach
  void close() {
    world.close();
  }

  private void rules(boolean autoIssue) {
    HttpAnswer set =
        instructor.send(
            "PUT",
            "/api/certificates/rules",
            JsonText.of(
                Map.of(
                    "requiredSurveys",
                    List.of(world.surveyId),
                    "autoIssue",
                    autoIssue,
                    "title",
                    "Топырақтану негіздері",
                    "hours",
                    72,
                    "credits",
                    2.5,
                    "competencies",
                    List.of("Reads a soil map", "Топырақ картасын оқиды"))));
    assertThat(set.status()).as("%s", set).isEqualTo(200);
  }

  private static JsonObject mine(AdminApi learner) {
    HttpAnswer answer = learner.send("GET", "/api/certificates/mine", null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  @Test
  void aLearnerWhoAnswersTheRequiredSurveyGetsAVerifiableCertificate() throws Exception {
    rules(true);
    AdminApi learner = world.learner();
    JsonObject before = mine(learner);
    assertThat(before.getBoolean("hasRules")).isTrue();
    assertThat(before.getBoolean("complete")).isFalse();
    assertThat(before.getJsonArray("certificates")).isEmpty();

    SurveyFixture.submit(learner, round);

    // issued on the survey's ActivityCompleted event, before the learner looks again
    it.kenes.support.Await.until(
        () -> instructor.send("GET", "/api/certificates/course", null).json().getInt("total") == 1,
        java.time.Duration.ofSeconds(10));
    JsonObject after = mine(learner);
    assertThat(after.getBoolean("complete")).isTrue();
    JsonArray certificates = after.getJsonArray("certificates");
    assertThat(certificates).hasSize(1);
    JsonObject certificate = certificates.getJsonObject(0);
    assertThat(certificate.getString("issuedBy")).isEqualTo("rules");
    assertThat(certificate.getString("title")).isEqualTo("Топырақтану негіздері");
    String number = certificate.getString("number");
    assertThat(number).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");

    HttpAnswer verified = Http.get("/verify/" + number, "Accept", "application/json");
    assertThat(verified.status()).as("%s", verified).isEqualTo(200);
    assertThat(verified.json().getString("status")).isEqualTo("valid");
    assertThat(verified.json().getInt("hours")).isEqualTo(72);
    HttpAnswer page = Http.get("/verify/" + number + "?lang=kk", "Accept", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-kenes-certificate-status=\"valid\"", "Топырақтану негіздері");

    String url = qrCodeOf(pdf(learner, number));
    assertThat(url).endsWith("/verify/" + number);
    HttpAnswer followed = Http.get(URI.create(url).getPath(), "Accept", "application/json");
    assertThat(followed.json().getString("status")).isEqualTo("valid");

    SignedJWT credential = SignedJWT.parse(credentialJwt(learner, number));
    JWKSet published = JWKSet.parse(Http.get("/certificates/issuer/jwks").body());
    RSAKey key = (RSAKey) published.getKeyByKeyId(credential.getHeader().getKeyID());
    assertThat(key.isPrivate()).isFalse();
    assertThat(credential.verify(new RSASSAVerifier(key))).isTrue();
    assertThat(credential.getJWTClaimsSet().getIssuer()).endsWith("/certificates/issuer");
    int index =
        Integer.parseInt(
            ((Map<?, ?>) credential.getJWTClaimsSet().getClaim("credentialStatus"))
                .get("statusListIndex")
                .toString());
    assertThat(revokedInStatusList(published, index)).isFalse();
    HttpAnswer json = learner.send("GET", "/api/certificates/" + number + "/credential", null);
    assertThat(json.json().getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");

    HttpAnswer revoked =
        instructor.send(
            "POST",
            "/api/certificates/" + number + "/revoke",
            JsonText.of(Map.of("reason", "Answers copied")));
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
    JsonObject after2 = Http.get("/verify/" + number, "Accept", "application/json").json();
    assertThat(after2.getString("status")).isEqualTo("revoked");
    assertThat(after2.getString("revokeReason")).isEqualTo("Answers copied");
    assertThat(after2.getString("revokedAt")).isNotBlank();
    assertThat(revokedInStatusList(published, index)).isTrue();
    assertProblem(
        instructor.send(
            "POST",
            "/api/certificates/" + number + "/revoke",
            JsonText.of(Map.of("reason", "again"))),
        409,
        "certificate-revoked");
  }

  @Test
  void theCredentialsOfAValidAndARevokedCertificateMatchTheOpenBadgesSchema() throws Exception {
    OpenBadgesSchema schema = OpenBadgesSchema.load().orElse(null);
    assumeTrue(schema != null, OpenBadgesSchema.ABSENT);
    rules(true);
    AdminApi learner = world.learner();
    SurveyFixture.submit(learner, round);
    it.kenes.support.Await.until(
        () -> !mine(learner).getJsonArray("certificates").isEmpty(),
        java.time.Duration.ofSeconds(10));
    String number = mine(learner).getJsonArray("certificates").getJsonObject(0).getString("number");

    assertMatchesTheSchema(schema, learner, number);
    HttpAnswer revoked =
        instructor.send(
            "POST",
            "/api/certificates/" + number + "/revoke",
            JsonText.of(Map.of("reason", "Issued by mistake")));
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
    assertThat(
            Http.get("/verify/" + number, "Accept", "application/json").json().getString("status"))
        .isEqualTo("revoked");
    assertMatchesTheSchema(schema, learner, number);
  }

  /**
   * The credential as downloaded (JSON) and the payload of the VC-JWT, verified as a third party
   * would from the published JWK Set only, both valid against 1EdTech's schema.
   */
  private static void assertMatchesTheSchema(
      OpenBadgesSchema schema, AdminApi learner, String number) throws Exception {
    HttpAnswer json = learner.send("GET", "/api/certificates/" + number + "/credential", null);
    assertThat(json.status()).as("%s", json).isEqualTo(200);
    assertThat(schema.faults(json.body())).as("the credential's JSON").isEmpty();
    SignedJWT jwt = SignedJWT.parse(credentialJwt(learner, number));
    JWKSet published = JWKSet.parse(Http.get("/certificates/issuer/jwks").body());
    RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    assertThat(schema.faults(jwt.getPayload().toString())).as("the VC-JWT's payload").isEmpty();
  }

  @Test
  void staffIssueByHandWhenTheRulesDoNotIssue() {
    rules(false);
    AdminApi learner = world.learner();
    SurveyFixture.submit(learner, round);
    JsonObject progress = mine(learner);
    assertThat(progress.getBoolean("complete")).isTrue();
    assertThat(progress.getJsonArray("certificates")).isEmpty();

    JsonArray learners =
        instructor.send("GET", "/api/certificates/course/learners", null).jsonArray();
    assertThat(learners).hasSize(1);
    long userRef = learners.getJsonObject(0).getJsonNumber("userRef").longValue();
    assertThat(learners.getJsonObject(0).getBoolean("complete")).isTrue();
    assertProblem(
        instructor.send(
            "POST", "/api/certificates/course/issue", JsonText.of(Map.of("userRef", userRef))),
        400,
        "invalid-input");
    HttpAnswer issued =
        instructor.send(
            "POST",
            "/api/certificates/course/issue",
            JsonText.of(Map.of("userRef", userRef, "reason", "Exam taken offline")));
    assertThat(issued.status()).as("%s", issued).isEqualTo(201);
    assertThat(issued.json().getString("issuedBy")).isEqualTo("staff");
    assertProblem(
        instructor.send(
            "POST",
            "/api/certificates/course/issue",
            JsonText.of(Map.of("userRef", userRef, "reason", "twice"))),
        409,
        "certificate-exists");
    JsonObject list = instructor.send("GET", "/api/certificates/course", null).json();
    assertThat(list.getInt("total")).isEqualTo(1);
    assertThat(mine(learner).getJsonArray("certificates")).hasSize(1);
  }

  @Test
  void nobodyReachesWhatIsNotTheirs() {
    rules(true);
    AdminApi learner = world.learner();
    SurveyFixture.submit(learner, round);
    String number = mine(learner).getJsonArray("certificates").getJsonObject(0).getString("number");

    assertProblem(
        learner.send("GET", "/api/certificates/rules", null), 403, "certificate-staff-only");
    assertProblem(
        learner.send("PUT", "/api/certificates/rules", "{}"), 403, "certificate-staff-only");
    assertProblem(
        learner.send(
            "POST", "/api/certificates/" + number + "/revoke", JsonText.of(Map.of("reason", "x"))),
        403,
        "certificate-staff-only");
    assertProblem(
        world.learner().send("GET", "/api/certificates/" + number + "/pdf", null),
        404,
        "certificate-unknown");
    AdminApi otherInstructor = world.as(LtiRoles.INSTRUCTOR, "other-" + world.courseId);
    assertProblem(
        otherInstructor.send("GET", "/api/certificates/" + number + "/credential", null),
        404,
        "certificate-unknown");
    assertThat(otherInstructor.send("GET", "/api/certificates/course", null).json().getInt("total"))
        .isZero();
    assertThat(
            AdminApi.withAuthorization(null).send("GET", "/api/certificates/mine", null).status())
        .isEqualTo(401);
    HttpAnswer unknown = Http.get("/verify/0000-0000-0000-0000", "Accept", "application/json");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("status")).isEqualTo("unknown");
    HttpAnswer garbage = Http.get("/verify/%3Cscript%3E", "Accept", "text/html");
    assertThat(garbage.status()).isEqualTo(404);
    assertThat(garbage.body()).doesNotContain("<script>");
    assertNoInternals(garbage);
  }

  @Test
  void invalidRulesAreRefusedFieldByField() {
    HttpAnswer refused =
        instructor.send(
            "PUT",
            "/api/certificates/rules",
            JsonText.of(Map.of("minPercent", 150, "requiredQuizzes", List.of("survey:1"))));
    assertProblem(refused, 400, "invalid-certificate-rules");
    assertThat(refused.body()).contains("minPercent", "requiredQuizzes");
    assertProblem(
        instructor.send("PUT", "/api/certificates/rules", "{\"hours\": \"many\"}"),
        400,
        "invalid-input");
  }

  @Test
  void theStaffPageSavesRulesAndRevokesOnlyWhenConfirmed() {
    rules(true);
    AdminApi learner = world.learner();
    SurveyFixture.submit(learner, round);
    String number = mine(learner).getJsonArray("certificates").getJsonObject(0).getString("number");
    CoursePages pages =
        CoursePages.of(
            world.platform.launchIntoCourse(LtiRoles.INSTRUCTOR, world.courseId),
            "/app/course/certificates");
    String html = pages.page("/app/course/certificates?lang=ru");
    assertThat(html)
        .contains("id=\"kenes-certificate-rules\"", "data-kenes-certificate=\"" + number + "\"");
    assertThat(html).contains("Условия завершения");
    String csrf = html.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    String tokens = "kt=" + CoursePages.encode(pages.kt()) + "&csrf=" + CoursePages.encode(csrf);
    HttpAnswer unconfirmed =
        Http.post(
            "/app/course/certificates/revoke",
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
            "/app/course/certificates/revoke",
            "application/x-www-form-urlencoded",
            tokens + "&number=" + number + "&reason=test&confirm=yes",
            "Accept",
            "text/html");
    assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(303);
    assertThat(
            Http.get("/verify/" + number, "Accept", "application/json").json().getString("status"))
        .isEqualTo("revoked");
    HttpAnswer badRules =
        Http.post(
            "/app/course/certificates/rules",
            "application/x-www-form-urlencoded",
            tokens + "&minPercent=abc",
            "Accept",
            "text/html");
    assertThat(badRules.status()).isEqualTo(400);
    assertNoInternals(badRules);
    String landing =
        CoursePages.of(world.platform.launchIntoCourse(LtiRoles.LEARNER, world.courseId), "/app")
            .page("/app");
    assertThat(landing).contains("id=\"kenes-certificate\"");
  }

  private static byte[] pdf(AdminApi learner, String number) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(Kenes.url("/api/certificates/" + number + "/pdf?lang=kk"))
                    .header("Authorization", learner.authorization())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    return response.body();
  }

  private static String credentialJwt(AdminApi learner, String number) {
    HttpAnswer answer =
        learner.send("GET", "/api/certificates/" + number + "/credential?format=jwt", null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.body().trim();
  }

  static String qrCodeOf(byte[] pdf) throws Exception {
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

  private static boolean revokedInStatusList(JWKSet keys, int index) throws Exception {
    SignedJWT list = SignedJWT.parse(Http.get("/certificates/status/1").body().trim());
    RSAKey key = (RSAKey) keys.getKeyByKeyId(list.getHeader().getKeyID());
    assertThat(list.verify(new RSASSAVerifier(key))).isTrue();
    Map<?, ?> subject = (Map<?, ?>) list.getJWTClaimsSet().getClaim("credentialSubject");
    return kz.kenes.certificate.application.OpenBadges.isSet(
        (String) subject.get("encodedList"), index);
  }
}
