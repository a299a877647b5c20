package it.kenes.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP answer from Kenes, read whole: status, headers and body text, with the readings the
 * tests need (JSON body, problem type, Location).
 */
public record HttpAnswer(int status, HttpHeaders headers, String body) {

  /** The media type Kenes answers API clients' errors with (RFC 9457). */
  public static final String PROBLEM_JSON = "application/problem+json";

  public static HttpAnswer of(HttpResponse<String> response) {
    return new HttpAnswer(
        response.statusCode(), response.headers(), response.body() == null ? "" : response.body());
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public List<String> headerValues(String name) {
    return headers.allValues(name);
  }

  /** The Content-Type without parameters, lower case; empty when there is none. */
  public String mediaType() {
    return header("Content-Type").map(t -> t.split(";")[0].trim().toLowerCase()).orElse("");
  }

  public Optional<URI> location() {
    return header("Location").map(URI::create);
  }

  public JsonObject json() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "expected a JSON object from Kenes (status " + status + ") but got: " + abbreviated(), e);
    }
  }

  public jakarta.json.JsonArray jsonArray() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "expected a JSON array from Kenes (status " + status + ") but got: " + abbreviated(), e);
    }
  }

  /** The problem's {@code type}, e.g. {@code urn:kenes:problem:lti-unknown-deployment}. */
  public String problemType() {
    return PROBLEM_JSON.equals(mediaType()) ? json().getString("type", null) : null;
  }

  /** The problem's {@code detail}. */
  public String problemDetail() {
    return json().getString("detail", null);
  }

  /** The body cut to a length that fits an assertion message. */
  public String abbreviated() {
    return body.length() <= 600 ? body : body.substring(0, 600) + "…";
  }

  @Override
  public String toString() {
    return "HTTP " + status + " " + mediaType() + " " + abbreviated();
  }
}
