package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.util.concurrent.ThreadLocalRandom;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Secretariat sets up an earlier Assembly and enters a delegation on the page, in Spanish. */
class AssembliesPageIT extends IntegrationTest {

  private static final By MESSAGES = By.id("messages");

  @Test
  void theSecretariatSetsUpAnEarlierAssemblyAndEntersADelegation() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(2_000_000);
    int number = ThreadLocalRandom.current().nextInt(2000, 9000);
    int year = 1800 + ThreadLocalRandom.current().nextInt(90);
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/assemblies.xhtml?lang=es");
      assertThat(browser.waitFor(By.id("assemblies")).getText()).contains("Asambleas", "Actual");

      browser.driver().findElement(By.id("new-assembly:create")).click();
      browser.waitForText(MESSAGES, "Indique el número de la Asamblea");

      type(browser, "new-assembly:number", String.valueOf(number));
      type(browser, "new-assembly:city", "Ginebra");
      browser.driver().findElement(By.id("new-assembly:country")).click();
      type(browser, "new-assembly:country_filter", "Suiza");
      browser
          .waitFor(By.cssSelector("#new-assembly\\:country_items li[data-label='Suiza']"))
          .click();
      type(browser, "new-assembly:opens", year + "-04-10");
      type(browser, "new-assembly:closes", year + "-04-14");
      browser.driver().findElement(By.id("new-assembly:create")).click();
      browser.waitForText(MESSAGES, "La Asamblea n.º " + number + " está preparada");

      WebElement row =
          browser.waitFor(
              By.xpath("//tr[.//span[@class='assembly-number' and text()='" + number + "']]"));
      row.findElement(By.cssSelector("button[id$=':show']")).click();
      browser.waitForText(
          By.id("compositions-heading"), "Delegaciones en la Asamblea n.º " + number);
      String name =
          new java.util.Locale("", parliament.countryCode())
              .getDisplayCountry(java.util.Locale.forLanguageTag("es"));
      type(browser, "compositions:table:member:filter", name);
      WebElement member = browser.filteredRow("compositions:table", name);
      type(member.findElement(By.cssSelector("input[id$=':women']")), "0");
      type(member.findElement(By.cssSelector("input[id$=':men']")), "2");
      member.findElement(By.cssSelector("button[id$=':save']")).click();
      browser.waitForText(
          MESSAGES,
          "La delegación de " + name + " en la Asamblea n.º " + number + " está guardada.");
    }
    assertThat(
            Database.strings(
                "SELECT CONCAT(s.gender, ' ', s.participants) FROM delegation_statistics s"
                    + " JOIN delegation d ON d.id = s.delegation_id"
                    + " JOIN assembly_session a ON a.id = d.session_id"
                    + " WHERE a.number = ? AND d.parliament_id = ?",
                number,
                parliament.id()))
        .containsExactly("MALE 2");
  }

  private static void type(Browser browser, String id, String text) {
    type(browser.waitFor(By.id(id)), text);
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }
}
