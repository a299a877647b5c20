package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;

class RecordPropertyAccessorTest {

  private static final Views VIEWS = TestViews.create();

  public record Inner(String title) {}

  public record Page(String title, Inner inner) {
    public String shout() {
      return title.toUpperCase(Locale.ROOT);
    }

    public String getLoud() {
      return title + "!";
    }
  }

  public record Failing(String title) {
    @Override
    public String title() {
      throw new IllegalStateException("no title");
    }
  }

  @Test
  void templatesReadRecordsThroughTheRecordAccessor() throws Exception {
    assertThat(OgnlRuntime.getPropertyAccessor(Page.class))
        .isInstanceOf(RecordPropertyAccessor.class);
    assertThat(OgnlRuntime.getPropertyAccessor(Object.class))
        .isNotInstanceOf(RecordPropertyAccessor.class);
  }

  @Test
  void componentsMethodsBeanGettersAndNestedRecordsAllRender() {
    String html =
        VIEWS.render(
            "test/record",
            Locale.ENGLISH,
            Map.of("r", new Page("soil <science>", new Inner("week 1"))));

    assertThat(html)
        .contains("<p id=\"component\">soil &lt;science&gt;</p>")
        .contains("<p id=\"method\">SOIL &lt;SCIENCE&gt;</p>")
        .contains("<p id=\"bean\">soil &lt;science&gt;!</p>")
        .contains("<p id=\"nested\">week 1</p>");
  }

  @Test
  void anAccessorThatThrowsFailsTheRenderingInsteadOfPrintingNothing() {
    assertThatThrownBy(
            () -> VIEWS.render("test/failing", Locale.ENGLISH, Map.of("r", new Failing("x"))))
        .hasStackTraceContaining("no title");
  }
}
