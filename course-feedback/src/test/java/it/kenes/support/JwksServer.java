package it.kenes.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on a free port of 127.0.0.1 that serves JSON documents (a platform's key set)
 * whose content a test can swap at any time, and counts how often each was fetched.
 */
public final class JwksServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, String> documents = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

  private JwksServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  public static JwksServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread thread = new Thread(r, "test-platform-http");
                thread.setDaemon(true);
                return thread;
              });
      JwksServer jwks = new JwksServer(server, executor);
      server.createContext("/", jwks::handle);
      server.setExecutor(executor);
      server.start();
      return jwks;
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a local port for the test platform", e);
    }
  }

  /** Serves {@code json} at {@code path} from now on. */
  public void serve(String path, String json) {
    documents.put(path, json);
  }

  /** The absolute URL of {@code path} on this server. */
  public URI url(String path) {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
  }

  /** How many requests reached {@code path} so far. */
  public int fetches(String path) {
    AtomicInteger count = fetches.get(path);
    return count == null ? 0 : count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    fetches.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    String json = documents.get(path);
    byte[] body =
        (json == null ? "{\"error\":\"not found\"}" : json).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
