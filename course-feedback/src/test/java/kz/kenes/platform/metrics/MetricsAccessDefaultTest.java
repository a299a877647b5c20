package kz.kenes.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code /metrics} is closed unless an operator opens it (ADR 0011): the one {@code server.xml}
 * keeps Liberty's authentication by default, through the variable the documentation names.
 */
class MetricsAccessDefaultTest {

  private static final Path SERVER_XML = Path.of("..", "server.xml");

  @Test
  void serverXmlKeepsMetricsAuthenticationOnByDefault() throws Exception {
    assertThat(SERVER_XML).as("the root server.xml, seen from the module").isRegularFile();
    Document server =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Files.newInputStream(SERVER_XML));

    Element metrics = only(server.getElementsByTagName("mpMetrics"));
    assertThat(metrics.getAttribute("authentication")).isEqualTo("${METRICS_AUTHENTICATION}");
    assertThat(defaultOf(server, "METRICS_AUTHENTICATION")).isEqualTo("true");
  }

  private static String defaultOf(Document server, String variable) {
    NodeList variables = server.getElementsByTagName("variable");
    for (int i = 0; i < variables.getLength(); i++) {
      Element element = (Element) variables.item(i);
      if (element.getAttribute("name").equals(variable)) {
        return element.getAttribute("defaultValue");
      }
    }
    throw new AssertionError("server.xml has no variable " + variable);
  }

  private static Element only(NodeList elements) {
    assertThat(elements.getLength()).isEqualTo(1);
    return (Element) elements.item(0);
  }
}
