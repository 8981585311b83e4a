package org.ipu.assembly.drills;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A delegate's tablet page in headless Chromium ({@code /usr/bin/chromium} and {@code
 * chromedriver}, which {@code .ci/run} installs), in English: signs in, casts through the page's
 * own script (tablet.js) and reads what the page says.
 */
final class BrowserTablet implements AutoCloseable {

  private final WebDriver driver;
  private final Path profile;
  private final String base;

  private BrowserTablet(WebDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  static BrowserTablet open(String base) throws Exception {
    Path profile = Files.createTempDirectory("assembly-drill-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1024,768",
        "--lang=en",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    return new BrowserTablet(new ChromeDriver(service, options), profile, base);
  }

  /** Signs in with the form and waits until the ballot of the open vote is on the page. */
  void signIn(String username, String password) {
    driver.get(base + "/login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    waitFor(d -> d.findElement(By.id("ballot")).isDisplayed(), Duration.ofSeconds(20));
    waitFor(
        d -> d.findElement(By.id("ballot-usable")).getText().contains("up to"),
        Duration.ofSeconds(20));
  }

  void cast(int yes, int no, int abstain) {
    type("ballot-yes", yes);
    type("ballot-no", no);
    type("ballot-abstain", abstain);
    driver.findElement(By.id("ballot-submit")).click();
    // The tablet asks before sending.
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("ballot-confirm-send")).isDisplayed());
    driver.findElement(By.id("ballot-confirm-send")).click();
  }

  /** Waits until the ballot's message contains the text; the message then. */
  String awaitMessage(String text, Duration timeout) {
    waitFor(d -> message().contains(text), timeout);
    return message();
  }

  /**
   * What the ballot's message says and how (info while sending; ok, warn or error once answered).
   */
  record Said(String kind, String text) {}

  /** Waits until the page has an answer to show (not the "sending" info); what it shows then. */
  Said awaitAnswer(Duration timeout) {
    Said[] said = new Said[1];
    waitFor(
        d -> {
          said[0] = said();
          return !said[0].text().isEmpty() && !said[0].kind().contains("info");
        },
        timeout);
    return said[0];
  }

  /** Class and text of the ballot's message, read at once (a retry may change them any moment). */
  private Said said() {
    List<?> read =
        (List<?>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const m = document.getElementById('ballot-message'); return [m.className, m.textContent.trim()];");
    return new Said(String.valueOf(read.get(0)), String.valueOf(read.get(1)));
  }

  /** The ballot's message (its text even while the ballot form is hidden). */
  String message() {
    return driver.findElement(By.id("ballot-message")).getAttribute("textContent").trim();
  }

  String receipt() {
    return driver.findElement(By.id("ballot-receipt")).getAttribute("textContent").trim();
  }

  private void type(String id, int value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(String.valueOf(value));
  }

  private void waitFor(Function<WebDriver, Boolean> condition, Duration timeout) {
    try {
      new WebDriverWait(driver, timeout)
          .ignoring(NoSuchElementException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the tablet page did not get there within "
              + timeout
              + "; it shows: "
              + driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ")
              + " | ballot message: "
              + message()
              + " | form hidden: "
              + driver.findElement(By.id("ballot")).getAttribute("hidden"),
          e);
    }
  }

  @Override
  public void close() throws Exception {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
