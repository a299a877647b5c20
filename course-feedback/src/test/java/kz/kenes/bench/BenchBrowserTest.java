package kz.kenes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BenchBrowserTest {

  /** A scripted HTTP/1.1 server: answers requests in order with raw answers, may then close. */
  private static final class Script implements AutoCloseable {
    final ServerSocket server = new ServerSocket(0);
    final Queue<String> answers = new ConcurrentLinkedQueue<>();
    final Queue<Boolean> closeAfter = new ConcurrentLinkedQueue<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final Thread thread;

    Script() throws IOException {
      thread = new Thread(this::serve);
      thread.setDaemon(true);
      thread.start();
    }

    void answer(String raw, boolean close) {
      answers.add(raw);
      closeAfter.add(close);
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    private void serve() {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
          BufferedReader in =
              new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
          OutputStream out = s.getOutputStream();
          while (true) {
            StringBuilder request = new StringBuilder();
            int length = 0;
            String line = in.readLine();
            if (line == null) {
              break;
            }
            for (; line != null && !line.isEmpty(); line = in.readLine()) {
              request.append(line).append('\n');
              if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
              }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
              read += in.read(body, read, length - read);
            }
            requests.add(request + "\n" + new String(body));
            out.write(answers.remove().getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (closeAfter.remove()) {
              break;
            }
          }
        } catch (IOException e) {
          // the test closed the server
        }
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  private Script script;
  private BenchBrowser browser;

  @BeforeEach
  void start() throws IOException {
    script = new Script();
    browser = new BenchBrowser(Duration.ofSeconds(5), true);
  }

  @AfterEach
  void stop() throws IOException {
    browser.close();
    script.close();
  }

  @Test
  void keepsOneConnectionAcrossRequestsAndReadsLengthAndChunkedBodies() throws IOException {
    script.answer("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false);
    // "абв" is 6 bytes in UTF-8, sent in two chunks
    script.answer(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nаб\r\n2;x=y\r\nв\r\n0\r\n\r\n",
        false);
    script.answer("HTTP/1.1 302 Found\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n", false);

    BenchHttp.Response first = browser.send("GET", script.uri("/a?b=c"), List.of(), null);
    BenchHttp.Response second =
        browser.send("GET", script.uri("/b"), List.of("Accept", "*/*"), null);
    BenchHttp.Response third = browser.send("POST", script.uri("/c"), List.of(), "x=1");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("hello");
    assertThat(second.body()).isEqualTo("абв");
    assertThat(third.status()).isEqualTo(302);
    assertThat(third.header("Location")).contains("/x");
    assertThat(script.connections.get()).isEqualTo(1);
    assertThat(script.requests.get(0)).startsWith("GET /a?b=c HTTP/1.1\nHost: 127.0.0.1:");
    assertThat(script.requests.get(1)).contains("Accept: */*");
    assertThat(script.requests.get(2)).contains("Content-Length: 3").endsWith("\nx=1");
  }

  @Test
  void keepsCookiesSendsThemInOneHeaderAndForgetsThoseMaxAgeZeroRemoves() throws IOException {
    script.answer(
        "HTTP/1.1 302 Found\r\nSet-Cookie: __Host-kenes_st_abc=1; Path=/; Max-Age=300; HttpOnly;"
            + " Secure\r\nSet-Cookie: ref=42; Path=/; HttpOnly\r\nContent-Length: 0\r\n\r\n",
        false);
    script.answer(
        "HTTP/1.1 303 See Other\r\nSet-Cookie: __Host-kenes_st_abc=; Path=/; Max-Age=0\r\n"
            + "Content-Length: 0\r\n\r\n",
        false);
    script.answer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false);

    browser.send("GET", script.uri("/lti/login"), List.of(), null);
    assertThat(browser.holdsCookie("__Host-kenes_st_abc")).isTrue();
    browser.send("POST", script.uri("/lti/launch"), List.of(), "state=abc");
    browser.send("GET", script.uri("/app"), List.of(), null);

    assertThat(script.requests.get(1)).contains("Cookie: __Host-kenes_st_abc=1; ref=42\n");
    assertThat(script.requests.get(2)).contains("Cookie: ref=42\n");
    assertThat(browser.holdsCookie("__Host-kenes_st_abc")).isFalse();
    assertThat(browser.cookieCount()).isEqualTo(1);
  }

  @Test
  void sendsAgainOnANewConnectionWhenTheServerClosedTheKeptOne() throws IOException {
    script.answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", true);
    script.answer("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nagain", false);

    browser.send("GET", script.uri("/one"), List.of(), null);
    BenchHttp.Response second = browser.send("GET", script.uri("/two"), List.of(), null);

    assertThat(second.body()).isEqualTo("again");
    assertThat(script.connections.get()).isEqualTo(2);
    List<String> paths = new ArrayList<>();
    script.requests.forEach(r -> paths.add(r.substring(0, r.indexOf(' ', 4))));
    assertThat(paths).containsExactly("GET /one", "GET /two");
  }

  @Test
  void aConnectionCloseAnswerEndsTheConnection() throws IOException {
    script.answer("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\na", true);
    script.answer("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb", false);

    browser.send("GET", script.uri("/one"), List.of(), null);
    BenchHttp.Response second = browser.send("GET", script.uri("/two"), List.of(), null);

    assertThat(second.body()).isEqualTo("b");
    assertThat(script.connections.get()).isEqualTo(2);
  }

  @Test
  void withoutCookiesNoCookieIsKeptOrSent() throws IOException {
    try (BenchBrowser cookieless = new BenchBrowser(Duration.ofSeconds(5), false)) {
      script.answer("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nContent-Length: 0\r\n\r\n", false);
      script.answer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false);
      cookieless.send("GET", script.uri("/"), List.of(), null);
      cookieless.send("GET", script.uri("/"), List.of(), null);
      assertThat(cookieless.holdsCookie("a")).isFalse();
      assertThat(script.requests.get(1)).doesNotContain("Cookie:");
    }
  }
}
