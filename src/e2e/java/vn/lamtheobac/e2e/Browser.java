package vn.lamtheobac.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real Chromium (Debian's {@code chromium} and {@code chromium-driver}, headless; no browser is
 * downloaded), on the packaged application. Register it in a journey with {@code @RegisterExtension}: each test gets a
 * fresh browser; each {@link #shot} is kept under {@code target/e2e/<Journey>/}, and a failing step leaves the page's
 * screenshot and HTML under {@code target/e2e/failures/}.
 *
 * <p>Members and secretaries work on a {@link Size#PHONE}, officers and leaders on a {@link Size#DESKTOP}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    /** The password of every demo account. */
    public static final String PASSWORD = "LamTheoBac@2025";

    public enum Size {
        PHONE(390, 844),
        DESKTOP(1366, 900);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private PackagedApp app;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path shots;
    private String testName;
    private int shotNumber;
    private String axeSource;
    private Path downloads;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        app = PackagedApp.get();
        testName = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        shots = app.out.resolve(context.getRequiredTestClass().getSimpleName());
        Files.createDirectories(shots);
        downloads = Files.createTempDirectory(app.out, "downloads-");
        driver = newDriver(downloads);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (driver != null) {
            try {
                Path failures = app.out.resolve("failures");
                Files.createDirectories(failures);
                Files.writeString(failures.resolve(testName + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
                var png = ((TakesScreenshot) driver)
                        .getScreenshotAs(OutputType.FILE)
                        .toPath();
                Files.copy(png, failures.resolve(testName + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(failures.resolve(testName + ".url"), driver.getCurrentUrl());
            } catch (RuntimeException | IOException ignored) {
                // keep the test's own failure
            }
        }
        throw throwable;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriver newDriver(Path downloads) {
        var options = new ChromeOptions();
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        options.setBinary(System.getenv().getOrDefault("E2E_CHROMIUM", "/usr/bin/chromium"));
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.IGNORE);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=vi-VN",
                "--window-size=1366,900");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(System.getenv().getOrDefault("E2E_CHROMEDRIVER", "/usr/bin/chromedriver"))
                                .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** A folder of this test's own, for files it writes or downloads. */
    public Path workDir() {
        return downloads;
    }

    /**
     * Clicks what starts a download and waits for the file (its name ending in {@code suffix}) to arrive complete.
     */
    public Path download(By by, String suffix) throws IOException {
        try (var old = Files.list(downloads)) {
            for (Path p : old.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Files.delete(p);
            }
        }
        click(by);
        Path[] found = new Path[1];
        until("a file *" + suffix + " is downloaded", d -> {
            try (var files = Files.list(downloads)) {
                var done = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
                done.ifPresent(p -> found[0] = p);
                return done.isPresent();
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    public WebDriver driver() {
        return driver;
    }

    /** Signs out whoever was signed in and signs {@code username} in at the given screen size. */
    public Browser signIn(String username, Size size) {
        driver.manage().window().setSize(new Dimension(size.width, size.height));
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        click(By.cssSelector("form[action$='/login'] button[type=submit]"));
        wait.until(d -> d.getCurrentUrl().contains("/app"));
        settle();
        return this;
    }

    public Browser open(String path) {
        driver.get(app.baseUrl + path);
        settle();
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String baseUrl() {
        return app.baseUrl;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Scrolls what {@code by} finds into the middle of the screen, for the next {@link #shot}. */
    public WebElement show(By by) {
        WebElement element = find(by);
        scrollTo(element);
        return element;
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Browser click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
        return this;
    }

    /** Clicks what asks "are you sure?" ({@code data-confirm}) and answers yes. */
    public Browser confirm(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        settle();
        return this;
    }

    /** Clicks the button or link whose visible text is exactly {@code text}. */
    public Browser press(String text) {
        return click(By.xpath("//button[normalize-space()=" + literal(text) + "] | //a[normalize-space()="
                + literal(text) + "] | //input[@type='submit' and @value=" + literal(text) + "]"));
    }

    public Browser type(By by, String text) {
        WebElement element = find(by);
        scrollTo(element);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser choose(By by, String visibleText) {
        WebElement element = find(by);
        scrollTo(element);
        new Select(element).selectByVisibleText(visibleText);
        settle();
        return this;
    }

    public Browser check(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        scrollTo(element);
        if (!element.isSelected()) {
            element.click();
        }
        settle();
        return this;
    }

    /** Waits until the page shows {@code text} (anywhere in the visible body). */
    public Browser sees(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " does not show «" + text + "»", e);
        }
        return this;
    }

    public Browser doesNotSee(String text) {
        settle();
        String body = driver.findElement(By.tagName("body")).getText();
        if (body.contains(text)) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " shows «" + text + "»");
        }
        return this;
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Keeps a screenshot of what the person sees now, numbered in the journey's order. */
    public Browser shot(String label) {
        settle();
        var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(
                    png,
                    shots.resolve(String.format("%s-%02d-%s.png", testName, ++shotNumber, label)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Runs axe-core (WCAG 2 A and AA rules) on the page and fails on any serious or critical violation, naming the
     * rule and the elements at fault.
     */
    @SuppressWarnings("unchecked")
    public Browser accessible() {
        settle();
        var js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        var result = (Map<String, Object>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(function (r) { done({violations: r.violations.map(function (v) {
                       return {id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
                   })}); })
                   .catch(function (e) { done({error: String(e)}); });
                """);
        if (result.get("error") != null) {
            throw new AssertionError("axe-core failed: " + result.get("error"));
        }
        var serious = new ArrayList<String>();
        for (var v : (List<Map<String, Object>>) result.get("violations")) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"));
            }
        }
        if (!serious.isEmpty()) {
            throw new AssertionError(
                    "Accessibility violations on " + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", serious));
        }
        return this;
    }

    private String axe() {
        if (axeSource == null) {
            String path =
                    "META-INF/resources/webjars/axe-core/" + System.getProperty("e2e.axe", "4.6.3") + "/axe.min.js";
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the class path at " + path);
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Waits for the page to load and for htmx to finish its requests and swaps. */
    public Browser settle() {
        wait.until(d -> {
            var js = (JavascriptExecutor) d;
            return "complete".equals(js.executeScript("return document.readyState"))
                    && Boolean.TRUE.equals(
                            js.executeScript(
                                    "return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0"));
        });
        return this;
    }

    /** Waits until {@code condition} holds, or fails with {@code what}. */
    public Browser until(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + " (at " + driver.getCurrentUrl() + ")", e);
        }
        return this;
    }

    public WebDriverWait waiting(Duration patience) {
        return new WebDriverWait(driver, patience);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
