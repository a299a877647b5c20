package kz.kenes.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The style sheet, script and images of the pages: a fixed whitelist of files under {@code static/}
 * on the class path, read once. Nothing outside the whitelist is ever served, whatever the request
 * path holds, so there is no path to traverse. Each file has a version (the start of its SHA-256)
 * that pages put in the asset URL, so a browser may cache a versioned URL for good.
 */
public final class StaticAssets {

  /** File name to content type: the only files served. */
  static final Map<String, String> WHITELIST =
      Map.ofEntries(
          Map.entry("kenes.css", "text/css; charset=UTF-8"),
          Map.entry("kenes.js", "text/javascript; charset=UTF-8"),
          Map.entry("kenes.svg", "image/svg+xml"),
          Map.entry("survey.js", "text/javascript; charset=UTF-8"),
          Map.entry("deep-linking.js", "text/javascript; charset=UTF-8"),
          Map.entry("dev-platform.css", "text/css; charset=UTF-8"),
          Map.entry("dev-platform.js", "text/javascript; charset=UTF-8"),
          Map.entry("report.css", "text/css; charset=UTF-8"),
          Map.entry("report.js", "text/javascript; charset=UTF-8"),
          Map.entry("echarts.min.js", "text/javascript; charset=UTF-8"),
          Map.entry("lti-register.js", "text/javascript; charset=UTF-8"),
          Map.entry("lti-storage.js", "text/javascript; charset=UTF-8"),
          Map.entry("dev-platform-storage.js", "text/javascript; charset=UTF-8"));

  /**
   * Whitelisted files that come from a WebJar in WEB-INF/lib rather than from {@code static/}. The
   * JAX-RS application owns every path, so the container's serving of META-INF/resources never
   * answers; they are served here like the others.
   */
  static final Map<String, String> WEBJARS =
      Map.of("echarts.min.js", "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js");

  private static final String FOLDER = "static/";

  /** One served file. */
  public record Asset(String name, byte[] content, String contentType, String version) {

    /** The URL of this version of the file, cacheable for good. */
    public String url() {
      return "/static/" + name + "?v=" + version;
    }
  }

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = Map.copyOf(assets);
  }

  /** The assets of this application, read from its class path on first use. */
  public static StaticAssets shared() {
    return Holder.SHARED;
  }

  static StaticAssets load(ClassLoader loader) {
    Map<String, Asset> loaded = new LinkedHashMap<>();
    WHITELIST.forEach(
        (name, type) -> {
          byte[] content = read(loader, WEBJARS.getOrDefault(name, FOLDER + name));
          loaded.put(name, new Asset(name, content, type, version(content)));
        });
    return new StaticAssets(loaded);
  }

  /** The whitelisted file of exactly this name; anything else is absent. */
  public Optional<Asset> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(assets.get(name));
  }

  /** The versioned URL of a whitelisted file. */
  public String url(String name) {
    return find(name)
        .map(Asset::url)
        .orElseThrow(() -> new IllegalArgumentException("not a static asset: " + name));
  }

  private static byte[] read(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("static asset missing from the class path: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read static asset " + path, e);
    }
  }

  static String version(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static final class Holder {
    static final StaticAssets SHARED = load(StaticAssets.class.getClassLoader());
  }
}
