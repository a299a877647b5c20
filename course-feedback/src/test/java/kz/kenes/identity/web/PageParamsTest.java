package kz.kenes.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.web.PageSessions.PageRequest;
import org.junit.jupiter.api.Test;

class PageParamsTest {

  @Test
  void pagesAreAskedWithTheSameQueryParametersAsBefore() {
    Map<String, String> queryNames =
        Arrays.stream(PageParams.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(QueryParam.class))
            .collect(
                Collectors.toMap(Field::getName, f -> f.getAnnotation(QueryParam.class).value()));

    assertThat(queryNames).isEqualTo(Map.of("kt", "kt", "lang", "lang", "done", "done"));
  }

  @Test
  void theRequestHeadersAreInjected() throws NoSuchFieldException {
    Field headers = PageParams.class.getDeclaredField("headers");

    assertThat(headers.getType()).isEqualTo(HttpHeaders.class);
    assertThat(headers.isAnnotationPresent(Context.class)).isTrue();
  }

  @Test
  void openingAPageAsksWithTheHeadersTokenAndLanguage() {
    List<Object> asked = new ArrayList<>();
    PageSessions sessions =
        new PageSessions() {
          @Override
          public PageRequest open(HttpHeaders headers, String kt, String lang) {
            asked.addAll(Arrays.asList(headers, kt, lang));
            return Pages.request(Pages.session(KenesRole.LEARNER), "en");
          }
        };

    PageRequest request = sessions.open(new PageParams(null, "token-1", "kk", "saved"));

    assertThat(asked).containsExactly(null, "token-1", "kk");
    assertThat(request.session().role()).isEqualTo(KenesRole.LEARNER);
  }

  @Test
  void aBeanParameterStartsEmpty() {
    PageParams params = new PageParams();

    assertThat(params.kt()).isNull();
    assertThat(params.lang()).isNull();
    assertThat(params.done()).isNull();
    assertThat(params.headers()).isNull();
    assertThat(new PageParams(null, "t", "ru", "created").done()).isEqualTo("created");
  }
}
