package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages of the list of participants and of the visa-support letters in headless Chromium: the
 * Secretariat signs a letter off on its page and gets the download link, the focal point finds it
 * on its delegation's page, and anyone signed in finds the lists in each language and format.
 */
class ParticipantListPagesIT extends IntegrationTest {

  @Test
  void theSecretariatSignsALetterOffAndTheFocalPointFindsItOnItsDelegationsPage() throws Exception {
    ParticipantListIT.Registered r = ParticipantListIT.registered();
    String row = "//tr[.//span[@class='visa-participant' and text()='" + r.publicName() + "']]";
    String letter = "/api/visa-letters/" + r.head() + "/letter.pdf";
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/visa-letters.xhtml");
      assertThat(browser.waitFor(By.xpath(row)).getText()).contains("Waiting for sign-off");
      browser.driver().findElement(By.xpath(row + "//button[contains(@id, ':sign')]")).click();
      browser.waitForText(
          By.id("messages"), "The letter for " + r.publicName() + " is signed off.");
      browser.waitForText(By.xpath(row), "Signed off by secretariat on");
      WebElement download = browser.waitFor(By.xpath(row + "//a[@class='visa-download']"));
      assertThat(download.getAttribute("href")).endsWith(letter);
    }
    try (Browser browser = Browser.open()) {
      browser.signIn(r.parliament().focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));
      browser.go("/focal/delegation.xhtml");
      WebElement section = browser.waitFor(By.id("visa-letters"));
      WebElement link = section.findElement(By.className("visa-download"));
      assertThat(link.getText()).isEqualTo(r.publicName());
      assertThat(link.getAttribute("href")).endsWith(letter);
    }
  }

  @Test
  void anyoneSignedInFindsBothListsInEachLanguageAndFormat() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("observer", DEMO_PASSWORD).waitFor(By.id("home-observer"));
      browser.go("/participants/list.xhtml?lang=ar");
      assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("قائمة المشاركين");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      assertThat(browser.waitFor(By.id("participants-pdf-ar")).getAttribute("href"))
          .endsWith("/api/participants/list.pdf?lang=ar");
      assertThat(browser.waitFor(By.id("participants-xlsx-fr")).getAttribute("href"))
          .endsWith("/api/participants/list.xlsx?lang=fr");
      assertThat(browser.waitFor(By.id("public-csv-es")).getAttribute("href"))
          .endsWith("/api/public/participants/list.csv?lang=es");
    }
    try (Browser browser = Browser.open()) {
      browser.go("/hall/results.xhtml?lang=fr");
      assertThat(browser.waitFor(By.className("participant-list-pdf")).getAttribute("href"))
          .as("the public list, from the public results page")
          .endsWith("/api/public/participants/list.pdf?lang=fr");
    }
  }
}
