package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The badge photo on the delegation page, in a browser: a focal point (in Spanish) opens a
 * participant's photo, is told in Spanish why a file that is no image is refused, uploads a photo,
 * and sees its thumbnail in the list, served by the API with the page's session.
 */
class ParticipantPhotoPagesIT extends IntegrationTest {

  @Test
  void aFocalPointUploadsAPhotoOnTheDelegationPage() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(3_000_000);
    long id = ParticipantPhotoIT.participant(parliament, Plenary.delegate(parliament.focalPoint()));
    Path notes = Files.createTempFile("notes", ".png");
    Path photo = Files.createTempFile("badge", ".png");
    Files.writeString(notes, "not a photo at all");
    Files.write(photo, ParticipantPhotoIT.png(700, 500));
    try (Browser focal = Browser.open()) {
      focal.signIn(parliament.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));
      focal.go("/focal/delegation.xhtml?lang=es");
      assertThat(focal.waitFor(By.id("participants:table")).getText()).contains("Sin foto");

      focal.waitFor(By.cssSelector(".photo-participant")).click();
      focal.waitFor(By.id("photo-hint"));
      assertThat(focal.driver().findElement(By.id("photo-hint")).getText())
          .contains("KB", "600 × 600");
      chooseFile(focal, notes);
      focal.waitForText(By.id("photo:photo-messages"), "Este archivo no puede servir de foto");

      chooseFile(focal, photo);
      focal.waitForText(By.id("messages"), "La foto de Ada Okafor se ha guardado.");
      WebElement thumbnail = focal.waitFor(By.cssSelector("#participants\\:table img.photo-thumb"));
      assertThat(thumbnail.getAttribute("alt")).isEqualTo("Foto de la credencial de Ada Okafor");
      assertThat(thumbnail.getAttribute("src")).contains("/participants/" + id + "/photo");
      Object width =
          new WebDriverWait(focal.driver(), Duration.ofSeconds(15))
              .until(
                  d ->
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "var img = document.querySelector('#participants\\\\:table"
                                  + " img.photo-thumb');"
                                  + " return img && img.complete && img.naturalWidth > 0"
                                  + " ? img.naturalWidth : null;"));
      assertThat(((Number) width).intValue()).as("the photo as served").isEqualTo(600);
    } finally {
      Files.deleteIfExists(notes);
      Files.deleteIfExists(photo);
    }
  }

  /** Gives the dialog's file chooser a file: it is sent at once. */
  private static void chooseFile(Browser browser, Path file) {
    browser.driver().findElement(By.id("photo:upload_input")).sendKeys(file.toString());
  }
}
