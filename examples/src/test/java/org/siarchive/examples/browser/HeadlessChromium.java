package org.siarchive.examples.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through its {@code chromedriver} by
 * Selenium) that loads a page from a file and says what is wrong with it: errors on the console,
 * text that overflows its box, SVG text outside its viewBox, a page wider than the window. It takes
 * screenshots of the page's first screen and of the whole page.
 *
 * <p>Chromium starts with the flags this closed network needs (no background networking, component
 * updates or sync, which would try to reach hosts that are not there) and a fresh profile. When
 * Chromium or its driver is missing, {@link #start} fails naming the README's test script, which
 * installs both: these tests are never skipped.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The window a page is first shown in: a laptop's screen. */
  static final Dimension SCREEN = new Dimension(1280, 900);

  /**
   * The content width of an A4 page with the reports' 12 mm margins at 96 CSS pixels per inch: (210
   * - 2 × 12) mm = 186 mm = 703 px.
   */
  static final int A4_CONTENT_WIDTH = 703;

  private static final String LAYOUT_PROBLEMS = resource("layout-problems.js");

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /**
   * Starts Chromium with a new profile under {@code profile}.
   *
   * @throws AssertionError when Chromium or chromedriver is not installed, saying how to install
   */
  static HeadlessChromium start(Path profile) {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new AssertionError(
            p
                + " is missing: the page tests need Debian's chromium and chromium-driver; run"
                + " ./test.sh (the README's test command), which installs them, or"
                + " apt-get install chromium chromium-driver fonts-noto-cjk");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile.toAbsolutePath(),
        String.format(Locale.ROOT, "--window-size=%d,%d", SCREEN.getWidth(), SCREEN.getHeight()));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  /**
   * Loads a page, screenshots it into {@code shots} ({@code NAME-first-screen.png}, {@code
   * NAME-page.png}, {@code NAME-a4.png}) and checks it on the screen and at the width of an A4 page
   * printed (print media emulated).
   */
  Page load(Path file, Path shots, String name) {
    Objects.requireNonNull(file, "file");
    try {
      Files.createDirectories(shots);
      driver.manage().window().setSize(SCREEN);
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
      driver.get(file.toUri().toString());
      Path firstScreen = shot(shots.resolve(name + "-first-screen.png"));
      List<String> problems = new ArrayList<>(layoutProblems("screen"));
      String text = String.valueOf(driver.executeScript("return document.body.innerText")).strip();
      List<List<List<String>>> tables = tables();
      long height =
          ((Number) driver.executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      driver
          .manage()
          .window()
          .setSize(new Dimension(SCREEN.getWidth(), (int) Math.min(height, 16_000)));
      Path page = shot(shots.resolve(name + "-page.png"));
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      driver.manage().window().setSize(new Dimension(A4_CONTENT_WIDTH, SCREEN.getHeight()));
      problems.addAll(layoutProblems("A4 print"));
      Path a4 = shot(shots.resolve(name + "-a4.png"));
      List<String> console = new ArrayList<>();
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
          console.add(e.getLevel() + " " + e.getMessage());
        }
      }
      return new Page(file, firstScreen, page, a4, console, problems, text, tables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> layoutProblems(String medium) {
    Object found = driver.executeScript(LAYOUT_PROBLEMS);
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) Objects.requireNonNull(found, "layout-problems.js")) {
      out.add(medium + ": " + o);
    }
    return out;
  }

  /** Every table of the page, in page order: its rows, each row its cells' rendered text. */
  private List<List<List<String>>> tables() {
    Object found =
        driver.executeScript(
            "return Array.from(document.querySelectorAll('table')).map(t =>"
                + " Array.from(t.rows).map(r =>"
                + " Array.from(r.cells).map(c => c.innerText.trim())))");
    List<List<List<String>>> out = new ArrayList<>();
    for (Object t : (List<?>) Objects.requireNonNull(found, "tables")) {
      List<List<String>> rows = new ArrayList<>();
      for (Object r : (List<?>) t) {
        rows.add(((List<?>) r).stream().map(String::valueOf).toList());
      }
      out.add(List.copyOf(rows));
    }
    return List.copyOf(out);
  }

  private Path shot(Path to) throws IOException {
    Files.write(to, driver.getScreenshotAs(OutputType.BYTES));
    return to;
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String resource(String name) {
    try (InputStream in = HeadlessChromium.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What Chromium made of a page.
   *
   * @param file the page
   * @param firstScreen the screenshot of the first screen (1280 × 900)
   * @param wholePage the screenshot of the whole page on the screen
   * @param a4 the screenshot at an A4 page's width, print media
   * @param console the console's errors and warnings, uncaught script errors and failed loads among
   *     them
   * @param layout the layout problems on the screen and on A4
   * @param text the page's text as Chromium renders it on the screen ({@code innerText})
   * @param tables every table in page order, as rows of the cells' rendered text
   */
  record Page(
      Path file,
      Path firstScreen,
      Path wholePage,
      Path a4,
      List<String> console,
      List<String> layout,
      String text,
      List<List<List<String>>> tables) {
    Page {
      console = List.copyOf(console);
      layout = List.copyOf(layout);
      tables = List.copyOf(tables);
    }
  }
}
