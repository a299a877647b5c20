package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The credential against 1EdTech's published Open Badges 3.0 JSON schema of an
 * AchievementCredential ({@code ob_v3p0_achievementcredential_schema.json}, from
 * https://purl.imsglobal.org/spec/ob/v3p0/schema/json/, also in the repository
 * 1EdTech/openbadges-specification as {@code docs/schema/achievementcredential.json}), with
 * networknt json-schema-validator. The schema is read from {@code -Dob3.schema=<file>} or the test
 * resource {@code openbadges/ob_v3p0_achievementcredential_schema.json}; without either the test is
 * skipped and says so (docs/certificates.md, "What is not built yet").
 */
class OpenBadgesSchemaTest {

  static final String RESOURCE = "openbadges/ob_v3p0_achievementcredential_schema.json";

  @Test
  void theCredentialAndTheJwtPayloadMatchTheOpenBadgesSchema() throws Exception {
    String schemaText = schema();
    assumeTrue(schemaText != null, "the Open Badges 3.0 schema is not vendored: " + RESOURCE);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
            .getSchema(schemaText, InputFormat.JSON);
    OpenBadges badges = new OpenBadges();
    badges.signer = OpenBadgesTest.signer(new RSAKeyGenerator(2048).keyID("k").generate());
    badges.urls = OpenBadgesTest.urls();
    badges.clock = Clock.fixed(OpenBadgesTest.NOW, ZoneOffset.UTC);
    badges.certificates = new FakeCertificates(new BitSet());
    Map<String, Object> credential = badges.credential(OpenBadgesTest.certificate());
    List<Error> errors =
        schema.validate(JSONObjectUtils.toJSONString(credential), InputFormat.JSON);
    assertThat(errors).isEmpty();
    String payload =
        com.nimbusds.jwt.SignedJWT.parse(badges.signedCredential(OpenBadgesTest.certificate()))
            .getPayload()
            .toString();
    assertThat(schema.validate(payload, InputFormat.JSON)).isEmpty();
  }

  private static String schema() throws Exception {
    String file = System.getProperty("ob3.schema");
    if (file != null && !file.isBlank()) {
      return Files.readString(Path.of(file));
    }
    try (InputStream in =
        OpenBadgesSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null
          ? null
          : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
