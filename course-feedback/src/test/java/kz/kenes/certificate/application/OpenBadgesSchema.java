package kz.kenes.certificate.application;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * 1EdTech's Open Badges 3.0 JSON schema of an {@code AchievementCredential}, with networknt
 * json-schema-validator on the draft 2019-09 meta-schema the schema declares, {@code format}
 * asserted (so {@code issuanceDate} must be a date-time). Kenes does not ship a copy of the schema
 * (see {@code src/test/resources/openbadges/README.md}): it is read from {@code
 * -Dob3.schema=<file>} or from the test resource {@value #RESOURCE} when someone has put 1EdTech's
 * published file there. Whatever is read must carry the schema's {@code $id}, so that no other file
 * passes for it.
 */
public final class OpenBadgesSchema {

  /** Where a copy of the schema is looked for on the test class path. */
  public static final String RESOURCE = "openbadges/ob_v3p0_achievementcredential_schema.json";

  /** The schema's {@code $id}, as 1EdTech publishes it. */
  public static final String ID =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  /** Why the schema checks are skipped when there is no copy. */
  public static final String ABSENT =
      "1EdTech's Open Badges 3.0 schema is not on the test class path ("
          + RESOURCE
          + ") nor given with -Dob3.schema=<file>: see src/test/resources/openbadges/README.md";

  private final Schema schema;

  private OpenBadgesSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema, when a copy is there. */
  public static Optional<OpenBadgesSchema> load() {
    return text().map(OpenBadgesSchema::of);
  }

  static OpenBadgesSchema of(String text) {
    if (!text.contains("\"$id\" : \"" + ID + "\"") && !text.contains("\"$id\":\"" + ID + "\"")) {
      throw new IllegalStateException(
          "not the Open Badges 3.0 AchievementCredential schema: " + ID);
    }
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2019_09,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return new OpenBadgesSchema(registry.getSchema(text, InputFormat.JSON));
  }

  /** The faults of {@code json} against the schema: none when it is a valid credential. */
  public List<String> faults(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Optional<String> text() {
    try {
      String file = System.getProperty("ob3.schema");
      if (file != null && !file.isBlank()) {
        return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
      }
      try (InputStream in = OpenBadgesSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        return in == null
            ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
