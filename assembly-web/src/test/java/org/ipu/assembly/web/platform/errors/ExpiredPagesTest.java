package org.ipu.assembly.web.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiredPagesTest {

  /** A request for {@code uri} on assembly.example with this Referer (null: none). */
  private static HttpServletRequest request(String uri, String referer) {
    Map<String, Object> answers = Map.of("getRequestURI", uri, "getServerName", "assembly.example");
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ExpiredPagesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getHeader") ? referer : answers.get(method.getName()));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "/a/secretariat/draft.xhtml, https://assembly.example/a/secretariat/draft.xhtml?id=4&lang=fr,"
            + " /a/secretariat/draft.xhtml?id=4&lang=fr&expired=1",
        "/a/secretariat/draft.xhtml, none, /a/secretariat/draft.xhtml?expired=1",
        "/a/secretariat/draft.xhtml, https://elsewhere.example/a/secretariat/draft.xhtml?id=4,"
            + " /a/secretariat/draft.xhtml?expired=1",
        "/a/secretariat/draft.xhtml, https://assembly.example/a/secretariat/drafts.xhtml?id=4,"
            + " /a/secretariat/draft.xhtml?expired=1",
        "/a/x.xhtml, https://assembly.example/a/x.xhtml?expired=1&lang=ar, /a/x.xhtml?lang=ar&expired=1",
        "/a/x.xhtml, https://assembly.example/a/x.xhtml?lang=ar&expired=1, /a/x.xhtml?lang=ar&expired=1",
        "/a/x.xhtml, 'not a [uri', /a/x.xhtml?expired=1"
      })
  void theExpiredPageIsShownAgainAtTheAddressItWasOpenedAt(
      String uri, String referer, String again) {
    assertThat(ExpiredPages.again(request(uri, referer))).isEqualTo(again);
  }
}
