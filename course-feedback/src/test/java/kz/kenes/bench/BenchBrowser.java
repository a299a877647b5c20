package kz.kenes.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One virtual user's browser as the launch generator plays it: its own keep-alive HTTP/1.1
 * connection per server (a browser's tab keeps one), and its own cookie jar. It is used by one
 * worker thread at a time.
 *
 * <p>Why not the JDK's clients: a JFR recording of the generator showed about half of its CPU in
 * {@code HttpURLConnection} (its shared keep-alive cache, header maps, and the reflective {@code
 * CookieManager}, which parses and re-serialises every cookie on every request), all on the same
 * two cores as the server. This client writes one request in one buffer and reads the answer with a
 * bounded parser; the jar is a map of name to value, which is all the launch's cookies need: Kenes
 * sets every cookie host-only with {@code Path=/} (state cookies, session references), and the
 * generator talks to loopback, a secure context, so {@code Secure} cookies come back over plain
 * http as they do in a browser.
 *
 * <p>A request on a kept connection that the server closed meanwhile (Liberty closes an idle one
 * after its {@code persistTimeout}, and any one after {@code maxKeepAliveRequests}) fails before a
 * byte of the answer arrives; like a browser, the request is then sent once more on a new
 * connection.
 */
public final class BenchBrowser implements AutoCloseable {

  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final Duration timeout;
  private final Jar jar;
  private final Map<String, Connection> connections = new HashMap<>(4);

  /** A browser; {@code cookies} false: it neither keeps nor sends cookies. */
  public BenchBrowser(Duration timeout, boolean cookies) {
    this.timeout = timeout;
    this.jar = cookies ? new Jar() : null;
  }

  /** Whether the jar holds a cookie of this name now. */
  boolean holdsCookie(String name) {
    return jar != null && jar.value(name, System.nanoTime()) != null;
  }

  /** How many cookies the jar holds (expired ones not counted). */
  int cookieCount() {
    return jar == null ? 0 : jar.count(System.nanoTime());
  }

  /**
   * Sends one request and reads the whole answer. {@code headers} are name/value pairs; {@code
   * body} (may be null) is sent as UTF-8 with its Content-Length.
   */
  public BenchHttp.Response send(String method, URI uri, List<String> headers, String body)
      throws IOException {
    String authority = uri.getHost() + ":" + port(uri);
    byte[] request = request(method, uri, authority, headers, body);
    Connection connection = connections.get(authority);
    if (connection != null) {
      try {
        return answer(connection, authority, request);
      } catch (StaleConnection stale) {
        connection.close();
        connections.remove(authority);
      }
    }
    connection = new Connection(uri.getHost(), port(uri), timeout);
    connections.put(authority, connection);
    try {
      return answer(connection, authority, request);
    } catch (StaleConnection stale) {
      connection.close();
      connections.remove(authority);
      throw new EOFException("the server closed a new connection before answering");
    }
  }

  private BenchHttp.Response answer(Connection connection, String authority, byte[] request)
      throws IOException {
    BenchHttp.Response response;
    try {
      response = connection.exchange(request);
    } catch (IOException e) {
      connection.close();
      connections.remove(authority);
      throw e;
    }
    if (jar != null) {
      List<String> setCookies = response.headers().get("set-cookie");
      if (setCookies != null) {
        long now = System.nanoTime();
        for (String setCookie : setCookies) {
          jar.put(setCookie, now);
        }
      }
    }
    if (connection.closing) {
      connection.close();
      connections.remove(authority);
    }
    return response;
  }

  private byte[] request(
      String method, URI uri, String authority, List<String> headers, String body) {
    StringBuilder head = new StringBuilder(512);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    head.append(method).append(' ').append(path);
    if (uri.getRawQuery() != null) {
      head.append('?').append(uri.getRawQuery());
    }
    head.append(" HTTP/1.1\r\nHost: ").append(authority).append("\r\n");
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
    }
    if (jar != null) {
      jar.header(head, System.nanoTime());
    }
    byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    if (content != null) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    if (content == null) {
      return start;
    }
    byte[] all = new byte[start.length + content.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(content, 0, all, start.length, content.length);
    return all;
  }

  private static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public void close() {
    for (Connection c : connections.values()) {
      c.close();
    }
    connections.clear();
  }

  /** The server closed a kept connection before a byte of the answer arrived. */
  private static final class StaleConnection extends IOException {
    StaleConnection() {
      super("stale keep-alive connection");
    }
  }

  /** One keep-alive connection: requests one after another, answers read to their end. */
  private static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] line = new byte[8192];
    private boolean used;
    private boolean closing;

    Connection(String host, int port, Duration timeout) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout((int) timeout.toMillis());
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }

    BenchHttp.Response exchange(byte[] request) throws IOException {
      boolean reused = used;
      used = true;
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        if (reused) {
          throw new StaleConnection();
        }
        throw e;
      }
      String status = readLine(true);
      if (status == null) {
        if (reused) {
          throw new StaleConnection();
        }
        throw new EOFException("no answer");
      }
      // HTTP/1.1 200 OK
      if (status.length() < 12 || !status.startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP status line: " + status);
      }
      int code = Integer.parseInt(status.substring(9, 12));
      Map<String, List<String>> headers = new LinkedHashMap<>();
      int headerBytes = status.length();
      for (String h = readLine(false); !h.isEmpty(); h = readLine(false)) {
        headerBytes += h.length();
        if (headerBytes > MAX_HEADER_BYTES) {
          throw new IOException("answer headers over " + MAX_HEADER_BYTES + " bytes");
        }
        int colon = h.indexOf(':');
        if (colon > 0) {
          headers
              .computeIfAbsent(
                  h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
              .add(h.substring(colon + 1).trim());
        }
      }
      String connection = first(headers, "connection");
      closing =
          (connection != null && connection.equalsIgnoreCase("close"))
              || status.startsWith("HTTP/1.0");
      byte[] body;
      String transfer = first(headers, "transfer-encoding");
      String length = first(headers, "content-length");
      if (code == 204 || code == 304 || (code >= 100 && code < 200)) {
        body = new byte[0];
      } else if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
        body = chunked();
      } else if (length != null) {
        body = exactly(Integer.parseInt(length));
      } else {
        closing = true;
        body = toEnd();
      }
      return new BenchHttp.Response(code, headers, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
      while (true) {
        String size = readLine(false);
        int semicolon = size.indexOf(';');
        int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        if (n == 0) {
          for (String trailer = readLine(false); !trailer.isEmpty(); trailer = readLine(false)) {
            // trailers are not used by Kenes; read past them
          }
          return body.toByteArray();
        }
        if (body.size() + n > MAX_BODY_BYTES) {
          throw new IOException("answer body over " + MAX_BODY_BYTES + " bytes");
        }
        body.write(exactly(n));
        readLine(false);
      }
    }

    private byte[] exactly(int n) throws IOException {
      if (n < 0 || n > MAX_BODY_BYTES) {
        throw new IOException("answer body of " + n + " bytes");
      }
      byte[] bytes = in.readNBytes(n);
      if (bytes.length < n) {
        throw new EOFException("answer body cut after " + bytes.length + " of " + n + " bytes");
      }
      return bytes;
    }

    private byte[] toEnd() throws IOException {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new IOException("answer body over " + MAX_BODY_BYTES + " bytes");
      }
      return bytes;
    }

    /** A line without its CRLF; at the end of the stream null if {@code endAllowed}. */
    private String readLine(boolean endAllowed) throws IOException {
      int n = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          if (endAllowed && n == 0) {
            return null;
          }
          throw new EOFException("connection closed in the middle of an answer");
        }
        if (b == '\n') {
          if (n > 0 && line[n - 1] == '\r') {
            n--;
          }
          return new String(line, 0, n, StandardCharsets.ISO_8859_1);
        }
        if (n == line.length) {
          throw new IOException("answer line over " + line.length + " bytes");
        }
        line[n++] = (byte) b;
      }
    }

    private static String first(Map<String, List<String>> headers, String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing: nothing left to do
      }
    }
  }

  /**
   * The cookie jar: name to value with an expiry, as far as Kenes's cookies need it (host-only,
   * {@code Path=/}; {@code Max-Age=0} removes).
   */
  static final class Jar {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Long> expires = new HashMap<>();

    void put(String setCookie, long nowNanos) {
      int semicolon = setCookie.indexOf(';');
      String pair = semicolon < 0 ? setCookie : setCookie.substring(0, semicolon);
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        return;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      long maxAge = Long.MIN_VALUE;
      if (semicolon >= 0) {
        for (String attribute : setCookie.substring(semicolon + 1).split(";")) {
          String a = attribute.trim();
          if (a.regionMatches(true, 0, "Max-Age=", 0, 8)) {
            try {
              maxAge = Long.parseLong(a.substring(8).trim());
            } catch (NumberFormatException e) {
              // an unreadable Max-Age is ignored, as browsers do
            }
          }
        }
      }
      if (maxAge != Long.MIN_VALUE && maxAge <= 0) {
        values.remove(name);
        expires.remove(name);
        return;
      }
      values.remove(name); // a set cookie moves to the end: the jar keeps creation order
      values.put(name, value);
      if (maxAge == Long.MIN_VALUE) {
        expires.remove(name);
      } else {
        expires.put(
            name, nowNanos + Math.min(maxAge, Long.MAX_VALUE / 2_000_000_000L) * 1_000_000_000L);
      }
    }

    String value(String name, long nowNanos) {
      Long expiry = expires.get(name);
      if (expiry != null && expiry - nowNanos <= 0) {
        values.remove(name);
        expires.remove(name);
        return null;
      }
      return values.get(name);
    }

    int count(long nowNanos) {
      expires
          .entrySet()
          .removeIf(
              e -> {
                if (e.getValue() - nowNanos > 0) {
                  return false;
                }
                values.remove(e.getKey());
                return true;
              });
      return values.size();
    }

    /** Appends the Cookie header (one line, as browsers send it) when the jar holds any. */
    void header(StringBuilder head, long nowNanos) {
      if (count(nowNanos) == 0) {
        return;
      }
      head.append("Cookie: ");
      boolean first = true;
      for (Map.Entry<String, String> e : values.entrySet()) {
        if (!first) {
          head.append("; ");
        }
        head.append(e.getKey()).append('=').append(e.getValue());
        first = false;
      }
      head.append("\r\n");
    }
  }
}
