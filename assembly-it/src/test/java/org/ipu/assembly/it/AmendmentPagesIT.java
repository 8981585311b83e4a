package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Drafts.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The amendment pages in headless Chromium: a focal point tables an amendment in French in the
 * editor, sees it as a tracked change, and finds it in the consolidated list, which the
 * Secretariat, watching the list at the same time, sees arrive live; in Arabic the list reads right
 * to left; the Secretariat creates a draft from pasted text and publishes it; after the deadline it
 * records the committee's decision on an amendment (orally revised, in the dialog) and the text as
 * amended shows it, marked and clean, in English and Arabic. axe-core finds no serious violation on
 * these pages, in English, French and Arabic.
 */
class AmendmentPagesIT extends IntegrationTest {

  @Test
  void aFocalPointTablesAnAmendmentInFrenchAndSeesItInTheConsolidatedList() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(7_000_000, 0);
    JsonObject draft = Drafts.published("DEMOCRACY_AND_HUMAN_RIGHTS");
    String list = "/amendments/list.xhtml?draft=" + id(draft);
    try (Browser secretariat = Browser.open();
        Browser focal = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go(list + "&lang=en");
      secretariat.waitForText(By.id("live-connection"), "Live");
      secretariat.waitForText(By.id("list:count"), "0 amendments tabled");

      focal.signIn(parliament.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));
      focal.go("/amendments/editor.xhtml?draft=" + id(draft) + "&lang=fr");
      focal.waitForText(By.id("paragraph-text"), "Rappelant la Déclaration universelle");
      focal.driver().findElement(By.id("amend:text")).sendKeys("Réaffirmant");
      focal
          .driver()
          .findElement(By.id("amend:justification"))
          .sendKeys("La Déclaration est <b>toujours</b> d’actualité.");
      focal.driver().findElement(By.id("amend:preview")).click();
      focal.waitForText(By.id("amend:tracked"), "Réaffirmant");
      assertThat(focal.waitFor(By.cssSelector("#amend\\:tracked del")).getText())
          .contains("Rappelant");
      assertThat(focal.driver().findElement(By.cssSelector("#amend\\:tracked ins")).getText())
          .contains("Réaffirmant");
      Accessibility.check(focal);
      focal.driver().findElement(By.id("amend:table")).click();
      focal.waitForText(By.id("messages"), "Amendement 1 déposé.");
      focal.waitForText(By.id("own"), "Amendement 1 : Remplacer des mots dans Préambule al. 1");

      focal.go(list + "&lang=fr");
      focal.waitForText(
          By.id("list"), "Amendement 1 : Remplacer des mots dans Préambule al. 1 (texte français)");
      // the live channel may draw the list again meanwhile: each text is waited for
      focal.waitForText(By.id("list"), "La Déclaration est <b>toujours</b> d’actualité.");
      focal.waitForText(By.id("list"), "1 amendements déposés");
      Accessibility.check(focal);

      secretariat.waitForText(By.id("list:count"), "1 amendments tabled");
      secretariat.waitForText(By.id("list"), "Amendment 1: Replace words in PP1 (French text)");

      focal.go(list + "&lang=ar");
      focal.waitForText(By.id("list"), "استبدال كلمات في الديباجة");
      focal.waitForText(By.id("list"), "(نص باللغة الفرنسية)");
      assertThat(focal.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      Accessibility.check(focal);
    }
  }

  @Test
  void theSecretariatCreatesADraftFromPastedTextAndPublishesIt() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/drafts.xhtml");
      browser.selectMenu("create:committee", "PEACE_AND_SECURITY");
      browser.driver().findElement(By.id("create:coRapporteurs")).sendKeys("A. and B.");
      browser.driver().findElement(By.id("create:titleEn")).sendKeys("Water and peace");
      browser.driver().findElement(By.id("create:titleFr")).sendKeys("L’eau et la paix");
      browser.driver().findElement(By.id("create:textEn")).sendKeys(Drafts.ENGLISH);
      browser.driver().findElement(By.id("create:textFr")).sendKeys(Drafts.FRENCH);
      Accessibility.check(browser);
      browser.driver().findElement(By.id("create:submit")).click();
      browser.waitForText(By.id("draft-state"), "In preparation");
      assertThat(browser.driver().findElements(By.cssSelector(".paragraph-edit"))).hasSize(7);
      assertThat(browser.driver().findElement(By.id("paragraphs")).getText()).contains("OP2(a)");
      Accessibility.check(browser);
      browser.driver().findElement(By.id("state:publish")).click();
      browser.waitForText(By.id("draft-state"), "Published");
      browser.driver().get(browser.driver().getCurrentUrl().replace("lang=en", "lang=ar"));
      browser.waitForText(By.id("draft-state"), "منشور");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      Accessibility.check(browser);
    }
  }

  @Test
  void theSecretariatRecordsADecisionAndTheTextAsAmendedShowsIt() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(9_000_000, 0);
    JsonObject draft = Drafts.published("UNITED_NATIONS_AFFAIRS");
    JsonObject op1 = Drafts.paragraph(draft, 2);
    Plenary.delegate(parliament.focalPoint())
        .post(
            "/api/drafts/" + id(draft) + "/amendments",
            Json.createObjectBuilder()
                .add("language", "en")
                .add("kind", "WORDS")
                .add("paragraph", id(op1))
                .add("revision", op1.getInt("revisionEn"))
                .add("from", 4)
                .add("to", 5)
                .add("original", "adopt")
                .add("text", "pass")
                .build()
                .toString())
        .expect(201);
    Drafts.closeDeadline(id(draft));
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/amendments/list.xhtml?draft=" + id(draft) + "&lang=en");
      browser.waitForText(By.id("list"), "Amendment 1: Replace words in OP1 (English text)");
      browser.waitFor(By.cssSelector("button[id$=':decide']")).click();
      browser.waitForText(By.id("decision-amendment"), "Amendment 1");
      browser.selectMenu("decision:choice", "ADOPTED_AS_REVISED");
      var revised = browser.waitFor(By.id("decision:revised"));
      revised.clear();
      revised.sendKeys("pass swiftly");
      Accessibility.check(browser);
      browser.driver().findElement(By.id("decision:save")).click();
      browser.waitForText(
          By.id("messages"), "Amendment 1: Adopted as orally revised: “pass swiftly”.");
      browser.waitForText(By.id("list"), "Adopted as orally revised: “pass swiftly”");
      // read again without the page's message (PrimeFaces' message list is the template's)
      browser.go("/amendments/list.xhtml?draft=" + id(draft) + "&lang=en");
      browser.waitForText(By.id("list"), "Adopted as orally revised: “pass swiftly”");
      Accessibility.check(browser);

      browser.driver().findElement(By.id("list:text-as-amended")).click();
      browser.waitForText(
          By.id("clean"), "Calls on parliaments to pass swiftly laws on climate change;");
      assertThat(browser.driver().findElement(By.cssSelector("#tracked del")).getText())
          .contains("adopt");
      assertThat(browser.driver().findElement(By.cssSelector("#tracked ins")).getText())
          .contains("pass swiftly");
      assertThat(browser.driver().findElement(By.id("text:adopted")).getText())
          .isEqualTo("Amendments adopted: 1");
      Accessibility.check(browser);

      browser.go("/amendments/text.xhtml?draft=" + id(draft) + "&text=en&lang=ar");
      browser.waitForText(By.id("clean"), "pass swiftly");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      browser.waitForText(By.id("text:adopted"), "التعديلات المعتمدة");
      Accessibility.check(browser);
    }
  }
}
