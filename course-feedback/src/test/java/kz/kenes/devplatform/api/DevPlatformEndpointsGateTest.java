package kz.kenes.devplatform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint of the development platform answers 404 when dev mode is off. */
class DevPlatformEndpointsGateTest {

  private static final DevModeGate CLOSED = new DevModeGate(() -> false);

  static Stream<Method> endpoints() {
    List<Object> resources = resources();
    return resources.stream()
        .flatMap(r -> Arrays.stream(r.getClass().getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void answersNotFoundOutsideDevMode(Method endpoint) throws Exception {
    Object resource =
        resources().stream()
            .filter(r -> r.getClass() == endpoint.getDeclaringClass())
            .findFirst()
            .orElseThrow();
    Object[] nulls = new Object[endpoint.getParameterCount()];

    assertThatThrownBy(() -> invoke(endpoint, resource, nulls))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(Problems.status(e)).isEqualTo(404));
  }

  @org.junit.jupiter.api.Test
  void coversEveryResourceUnderDevPlatform() {
    assertThat(resources())
        .extracting(r -> r.getClass().getAnnotation(Path.class).value())
        .allMatch(path -> path.startsWith("/dev/platform"))
        .hasSize(5);
    assertThat(endpoints()).hasSize(8);
  }

  private static void invoke(Method endpoint, Object resource, Object[] args) throws Throwable {
    try {
      endpoint.invoke(resource, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static List<Object> resources() {
    DevPlatformPageResource page = new DevPlatformPageResource();
    page.gate = CLOSED;
    DevPlatformAuthResource auth = new DevPlatformAuthResource();
    auth.gate = CLOSED;
    DevPlatformKeysResource keys = new DevPlatformKeysResource();
    keys.gate = CLOSED;
    DevPlatformTokenResource token = new DevPlatformTokenResource();
    token.gate = CLOSED;
    DevPlatformDeepLinkResource deepLinkReturn = new DevPlatformDeepLinkResource();
    deepLinkReturn.gate = CLOSED;
    return List.of(page, auth, keys, token, deepLinkReturn);
  }
}
