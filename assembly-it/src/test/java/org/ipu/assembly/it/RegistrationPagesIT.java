package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.time.Duration;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Delegation registration in browsers: a focal point registers its delegation in French, the
 * composition checks following each participant, and submits it; the Secretariat finds it in its
 * queue, opens it and approves it; the focal point then sees it approved. A focal point never
 * reaches another parliament's delegation.
 */
class RegistrationPagesIT extends IntegrationTest {

  private static final By FINDINGS = By.id("findings");
  private static final By MESSAGES = By.id("messages");

  @Test
  void aFocalPointRegistersInFrenchAndTheSecretariatApproves() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(30_000_000);
    try (Browser focal = Browser.open();
        Browser secretariat = Browser.open()) {
      focal.signIn(parliament.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));
      focal.go("/focal/delegation.xhtml?lang=fr");
      assertThat(focal.waitFor(By.id("content")).getText())
          .contains("Inscription de la délégation", "n’a pas encore commencé l’inscription");

      focal.driver().findElement(By.id("start:empty")).click();
      focal.waitForText(FINDINGS, "À corriger : Inscrivez au moins un parlementaire.");
      assertThat(text(focal, "delegation-window")).contains("Ouverture des inscriptions", "UTC");
      assertThat(submitButton(focal).isEnabled()).isFalse();
      assertThat(text(focal, "submit-hint")).contains("« À corriger »");

      openNewParticipant(focal);
      focal.driver().findElement(By.id("participant:save")).click();
      focal.waitForText(By.id("participant:form-messages"), "Indiquez le nom de famille");
      assertThat(text(focal, "participant")).contains("Choisissez le genre du participant.");
      fill(focal, "Dupont", "Claire", "FEMALE", "MEMBER_OF_PARLIAMENT", "1990-05-14", false);
      focal
          .driver()
          .findElement(By.cssSelector("#participant\\:committeeMember .ui-chkbox-box"))
          .click();
      saveAndClose(focal);
      focal.waitForText(MESSAGES, "Inscription enregistrée : Claire Dupont.");
      focal.waitForText(FINDINGS, "À corriger : Choisissez le chef de la délégation");
      assertThat(text(focal, "findings"))
          .contains("Avertissement : Tous les délégués sont du même sexe.")
          .doesNotContain("Inscrivez au moins un parlementaire");

      openNewParticipant(focal);
      fill(focal, "Martin", "Paul", "MALE", "MEMBER_OF_PARLIAMENT", "1962-11-02", true);
      saveAndClose(focal);
      focal.waitForText(FINDINGS, "La délégation respecte toutes les règles de composition.");
      assertThat(text(focal, "findings")).doesNotContain("Choisissez le chef", "même sexe");

      openNewParticipant(focal);
      fill(focal, "Bernard", "Luc", "MALE", "ADVISER", null, false);
      saveAndClose(focal);
      focal.waitForText(By.id("participants:table"), "Luc Bernard");
      assertThat(text(focal, "delegation-count")).contains("2 sur 8 délégués");
      String table = text(focal, "participants:table");
      assertThat(table)
          .contains("Claire Dupont", "Paul Martin", "Parlementaire", "Conseiller", "Femme", "Homme")
          .contains("Chef de la délégation", "Paix et sécurité internationale (membre)");
      assertThat(focal.driver().findElements(By.cssSelector(".badge.young")))
          .as("only Claire is under 45 when the Assembly opens")
          .hasSize(1);

      submitButton(focal).click();
      confirm(focal);
      focal.waitForText(MESSAGES, "La délégation est soumise au Secrétariat pour approbation.");
      focal.waitForText(By.id("delegation-state"), "Soumise pour approbation");
      assertThat(focal.driver().findElements(By.id("participants:add")))
          .as("a submitted delegation waits: nothing to add")
          .isEmpty();

      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go("/secretariat/registrations.xhtml");
      assertThat(row(secretariat, parliament.name()).getText())
          .contains("Submitted for approval", "2 of 8", "no point to correct", "no warning");
      row(secretariat, parliament.name())
          .findElement(By.cssSelector(".approve-delegation"))
          .click();
      confirm(secretariat);
      secretariat.waitForText(MESSAGES, "The delegation of " + parliament.name() + " is approved.");
      assertThat(row(secretariat, parliament.name()).getText()).contains("Approved");

      row(secretariat, parliament.name()).findElement(By.cssSelector(".open-delegation")).click();
      secretariat.waitForText(By.id("delegation-state"), "Approved");
      assertThat(text(secretariat, "participants:table"))
          .contains("Claire Dupont", "Paul Martin", "Luc Bernard", "Young parliamentarian");

      focal.go("/focal/delegation.xhtml");
      focal.waitForText(By.id("delegation-state"), "Approuvée");
      assertThat(text(focal, "submit-hint")).contains("La délégation est approuvée.");
    }
  }

  @Test
  void aFocalPointNeverReachesAnotherParliamentsDelegation() throws Exception {
    Fixtures.Parliament ours = Plenary.toRegister(5_000_000);
    Fixtures.Parliament theirs = Plenary.toRegister(6_000_000);
    try (Browser browser = Browser.open()) {
      browser.signIn(ours.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));

      browser.go("/focal/delegation.xhtml?parliament=" + theirs.id());
      assertThat(browser.waitFor(By.id("error-message")).getText())
          .contains("may not open this page");
      assertThat(browser.driver().getPageSource()).doesNotContain(theirs.name());

      browser.go("/secretariat/delegation.xhtml?parliament=" + theirs.id());
      assertThat(browser.waitFor(By.id("error-message")).getText())
          .contains("may not open this page");

      browser.go("/focal/index.xhtml");
      browser.waitFor(By.id("delegation-link")).click();
      assertThat(browser.waitFor(By.id("delegation-parliament")).getText()).isEqualTo(ours.name());
    }
  }

  @Test
  void theSecretariatApprovesSeveralSubmittedDelegationsAtOnce() throws Exception {
    Fixtures.Parliament first = submitted(7_000_000);
    Fixtures.Parliament second = submitted(8_000_000);
    try (Browser secretariat = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go("/secretariat/registrations.xhtml");
      for (Fixtures.Parliament parliament : new Fixtures.Parliament[] {first, second}) {
        row(secretariat, parliament.name())
            .findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box"))
            .click();
      }
      secretariat.driver().findElement(By.id("queue:approveSelected")).click();
      confirm(secretariat);
      secretariat.waitForText(MESSAGES, "2 delegations approved");
      assertThat(row(secretariat, first.name()).getText()).contains("Approved");
      assertThat(row(secretariat, second.name()).getText()).contains("Approved");
    }
    assertThat(
            Plenary.SECRETARIAT
                .get("/api/registrations/" + second.id())
                .json()
                .asJsonObject()
                .getString("state"))
        .isEqualTo("APPROVED");
  }

  /** A parliament of the test's own whose delegation (a head of delegation) is submitted. */
  private static Fixtures.Parliament submitted(long population) throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(population);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);
    focal
        .post(
            base + "/participants",
            RegistrationIT.participant("Haddad", "Lina", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
        .expect(201);
    long version = focal.get(base).json().asJsonObject().getJsonNumber("version").longValue();
    focal.post(base + "/submission", "{\"version\": " + version + "}").expect(200);
    return parliament;
  }

  private static void openNewParticipant(Browser browser) {
    browser.driver().findElement(By.id("participants:add")).click();
    browser.waitFor(By.id("participant:familyName"));
  }

  /** Fills the participant form; the menus are set through their PrimeFaces widgets. */
  private static void fill(
      Browser browser,
      String family,
      String given,
      String gender,
      String category,
      String bornOn,
      boolean head) {
    type(browser, "participant:familyName", family);
    type(browser, "participant:givenNames", given);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("PF('genderMenu').selectValue(arguments[0]);", gender);
    js.executeScript("PF('categoryMenu').selectValue(arguments[0]);", category);
    if (bornOn != null) {
      type(browser, "participant:bornOn_input", bornOn);
    }
    if (head) {
      browser.driver().findElement(By.cssSelector("#participant\\:head .ui-chkbox-box")).click();
    }
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static void saveAndClose(Browser browser) {
    browser.driver().findElement(By.id("participant:save")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("participantDialog")));
  }

  private static WebElement submitButton(Browser browser) {
    return browser.waitFor(By.id("participants:submit"));
  }

  private static void confirm(Browser browser) {
    browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
  }

  private static String text(Browser browser, String id) {
    return browser.waitFor(By.id(id)).getText();
  }

  /** The queue's row of a parliament (found again after each Ajax update). */
  private static WebElement row(Browser browser, String parliament) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#queue\\:table tbody tr")).stream()
                    .filter(r -> r.getText().contains(parliament))
                    .findFirst()
                    .orElse(null));
  }
}
