package org.ipu.assembly.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages ({@code /usr/bin/chromium}, {@code
 * /usr/bin/chromedriver}; {@code .ci/run} installs them), with a fresh profile each time.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A tablet-sized browser (1024 x 768). */
  public static Browser open() throws Exception {
    return open(1024, 768);
  }

  /**
   * A browser whose page is shown in exactly the given size, as on a hall's projector (1280 x 720):
   * the window's frame does not count.
   */
  public static Browser projector(int width, int height) throws Exception {
    Browser browser = open(width, height);
    ((ChromeDriver) browser.driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    return browser;
  }

  /** A browser whose window is the given size. */
  private static Browser open(int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("assembly-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("assembly.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--lang=en",
        "--user-data-dir=" + profile);
    // The console's messages, read at close: a script the Content-Security-Policy refused fails
    // the test that used the page.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("assembly.it.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  public Browser go(String path) {
    driver.get(Deployments.base() + path);
    return this;
  }

  public Browser signIn(String username, String password) {
    go("/login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    return this;
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits until the element (re-rendered by Ajax, perhaps: found again at each try, and an element
   * replaced between finding and reading it is tried again) shows the text.
   */
  public void waitForText(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "\"" + text + "\" not shown on " + shown())
        .until(d -> d.findElement(locator).getText().contains(text));
  }

  /**
   * The row of a filtered table whose first cell is {@code name}, once the filter has answered:
   * every row then holds the name, ignoring case as the filter does (another may too: "Guinea" in
   * "Guinea-Bissau", "AB" in "Zimbabwe").
   */
  public WebElement filteredRow(String tableId, String name) {
    By rows = By.xpath("//tbody[@id='" + tableId + "_data']/tr");
    String folded = name.toLowerCase(java.util.Locale.ROOT);
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              java.util.List<WebElement> shown = d.findElements(rows);
              if (shown.isEmpty()
                  || !shown.stream()
                      .allMatch(
                          r -> r.getText().toLowerCase(java.util.Locale.ROOT).contains(folded))) {
                return null;
              }
              return shown.stream()
                  .filter(r -> r.findElement(By.tagName("td")).getText().strip().equals(name))
                  .findFirst()
                  .orElse(null);
            });
  }

  /**
   * Chooses a PrimeFaces select-one menu's option by value, as a click on it would (the change
   * reaches the menu's Ajax behaviour), without waiting for its panel's animation.
   */
  public void selectMenu(String id, String value) {
    waitFor(By.id(id + "_label"));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "const menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " menu.selectValue(arguments[1]); menu.triggerChange();",
            id,
            value);
  }

  /**
   * Waits until the page is at rest: no PrimeFaces Ajax request pending (its buttons are disabled,
   * half transparent, while one runs) and no finite CSS transition or animation running (a button's
   * colour fading in after a click), so that what is read or analysed is what stays on screen.
   */
  public void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .withMessage(() -> "the page did not come to rest: " + driver.getCurrentUrl())
        .until(
            d ->
                (Boolean)
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "const idle = !window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty();"
                                + " const moving = document.getAnimations().some(a =>"
                                + " a.playState === 'running'"
                                + " && a.effect.getComputedTiming().iterations !== Infinity);"
                                + " return idle && !moving;"));
  }

  /** The page's address and visible text, for a test's failure message. */
  private String shown() {
    try {
      return driver.getCurrentUrl() + ":\n" + driver.findElement(By.tagName("body")).getText();
    } catch (RuntimeException unreadable) {
      return driver.getCurrentUrl();
    }
  }

  public String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() throws Exception {
    List<String> refused;
    try {
      refused =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(message -> message.contains("Content Security Policy"))
              .toList();
    } finally {
      driver.quit();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
    if (!refused.isEmpty()) {
      throw new AssertionError("the Content-Security-Policy refused: " + refused);
    }
  }
}
