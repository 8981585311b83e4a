package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Every page of the application, as the role that uses it sees it on the demo Assembly, through
 * axe-core (WCAG 2.1 A and AA) in English and in Arabic: no serious or critical violation, and the
 * page was actually analysed ({@link Accessibility#checkAnalysed}).
 */
class EveryPageIT extends IntegrationTest {

  /** The demo's France (its delegation, its page) and its drafts' first one, read once. */
  private static long france;

  private static long draft;

  /** The demo's resolution the plenary adopted. */
  private static long resolution;

  @BeforeAll
  static void demoIds() throws Exception {
    france =
        SECRETARIAT.get("/api/parliaments").expect(200).json().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(p -> "FR".equals(p.getString("countryCode", "")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    draft =
        SECRETARIAT
            .get("/api/drafts")
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("drafts")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    resolution =
        Api.anonymous()
            .get("/api/public/resolutions?lang=en")
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("resolutions")
            .stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("title").contains("small arms"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "anonymous,   en",
    "anonymous,   ar",
    "secretariat, en",
    "secretariat, ar",
    "focal.fr,    en",
    "focal.fr,    ar",
    "delegate.fr, en",
    "delegate.fr, ar",
    "observer,    en",
    "observer,    ar"
  })
  void everyPageIsAccessible(String who, String language) throws Exception {
    try (Browser browser = Browser.open()) {
      if (!"anonymous".equals(who)) {
        browser.signIn(who, DEMO_PASSWORD);
        browser.waitFor(By.id("content"));
      }
      for (String page : pages(who)) {
        browser.go(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        browser.waitFor(By.tagName("main"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
            .as(page)
            .isEqualTo(language);
        Accessibility.checkAnalysed(browser, language);
        // One kind of digit: Western in every language, Arabic included (Java's Arabic number
        // formats would write Arabic-Indic ones beside the browser's and the dates' Western ones).
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
            .as(page)
            .doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
      }
    }
  }

  private static List<String> pages(String who) {
    return switch (who) {
      case "anonymous" ->
          List.of(
              "/login.xhtml",
              "/invitation.xhtml",
              "/hall/index.xhtml",
              "/hall/results.xhtml",
              "/side-events/programme.xhtml",
              "/resolutions/index.xhtml",
              "/resolutions/view.xhtml?id=" + resolution);
      case "secretariat" ->
          List.of(
              "/secretariat/index.xhtml",
              "/secretariat/parliaments.xhtml",
              "/secretariat/accounts.xhtml",
              "/secretariat/assemblies.xhtml",
              "/secretariat/settings.xhtml",
              "/secretariat/registrations.xhtml",
              "/secretariat/delegation.xhtml?parliament=" + france,
              "/secretariat/entitlements.xhtml",
              "/secretariat/voting.xhtml",
              "/secretariat/badges.xhtml",
              "/secretariat/check-in.xhtml",
              "/secretariat/statistics.xhtml",
              "/secretariat/visa-letters.xhtml",
              "/secretariat/retention.xhtml",
              "/secretariat/rooms.xhtml",
              "/secretariat/side-events.xhtml",
              "/secretariat/drafts.xhtml",
              "/secretariat/draft.xhtml?id=" + draft,
              "/amendments/list.xhtml?draft=" + draft,
              "/amendments/text.xhtml?draft=" + draft,
              "/participants/list.xhtml",
              "/parliament/view.xhtml?id=" + france,
              "/side-events/requests.xhtml",
              "/index.xhtml");
      case "focal.fr" ->
          List.of(
              "/focal/index.xhtml",
              "/focal/delegation.xhtml",
              "/parliament/view.xhtml?id=" + france,
              "/side-events/requests.xhtml",
              "/amendments/editor.xhtml?draft=" + draft,
              "/amendments/list.xhtml?draft=" + draft,
              "/amendments/text.xhtml?draft=" + draft);
      case "delegate.fr" ->
          List.of(
              "/delegate/index.xhtml",
              "/parliament/view.xhtml?id=" + france,
              "/amendments/list.xhtml?draft=" + draft,
              "/amendments/text.xhtml?draft=" + draft);
      default ->
          List.of(
              "/observer/index.xhtml",
              "/amendments/list.xhtml?draft=" + draft,
              "/amendments/text.xhtml?draft=" + draft);
    };
  }
}
