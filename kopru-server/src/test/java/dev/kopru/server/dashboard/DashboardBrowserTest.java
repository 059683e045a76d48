package dev.kopru.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.server.connections.ApiWorld;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.demo.Demo;
import dev.kopru.server.demo.DemoConnections;
import dev.kopru.server.demo.DemoTest;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.SyncStore;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium, against {@code kopru demo} running in this JVM (ephemeral ports):
 * log in, switch the language, turn a sandbox's fault knob, watch a run progress, replay a dead letter, and keep a
 * screenshot in {@code target/screenshots/dashboard.png}. The steps that need the pipelines API skip (assumption)
 * on a server that does not have it yet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "dashboard.png");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REPORTS = "Mikro Rapor";
    private static final String ONE_WAY = "Müşteriler Merkez → Rapor";

    @TempDir
    static Path home;

    static Demo demo;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        demo = Demo.start(new Demo.Settings(home, 0, null, DemoTest.TEST_CALLS_PER_MINUTE), new PrintWriter(new StringWriter(), true));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-GB", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("kopru-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void a_wrong_password_is_refused_and_the_right_one_opens_the_dashboard() {
        browser.get(demo.url().toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn("admin", "not-the-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).contains("Wrong user name or password");

        logIn(demo.user(), demo.password());
        awaitView();
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(browser.findElement(By.cssSelector("nav a[data-route=overview]")).getText()).isEqualTo("Overview");
        screenshot();
    }

    @Test
    @Order(2)
    void the_language_toggle_switches_to_turkish_and_back() {
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("nav a[data-route=overview]"), "Genel bakış"));
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("nav a[data-route=overview]"), "Overview"));
    }

    @Test
    @Order(3)
    void a_sandbox_fault_knob_is_turned_from_the_dashboard() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-sandboxes"))).click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-sandbox='" + REPORTS + "']")));
        WebElement latency = card.findElement(By.name("latencyMs"));
        latency.clear();
        latency.sendKeys("40");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(card.findElement(By.cssSelector(".status")), "Saved"));

        assertThat(demo.sandboxes().byName(REPORTS).orElseThrow().sandbox().faults().latency())
                .isEqualTo(Duration.ofMillis(40));
        screenshot();
        card.findElement(By.cssSelector("button.secondary")).click();
        wait.until(d -> demo.sandboxes().byName(REPORTS).orElseThrow().sandbox().faults().latency().isZero());
    }

    @Test
    @Order(4)
    void at_phone_width_nothing_overflows_sideways() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            awaitView();
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            screenshot("overview-phone.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(5)
    void a_run_progresses_live_and_a_dead_letter_is_replayed() {
        long pipeline = demo.pipelines().get(ONE_WAY);
        browser.get(demo.url().resolve("/#/").toString());
        awaitView();
        By row = By.cssSelector("tr[data-pipeline='" + pipeline + "'] button.run-now");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));

        // the target fails every call, and a customer changes at the source: the run dead-letters the update (at once:
        // left to itself, a transient failure would be kept for the next runs to retry)
        deadLetterTransientFailuresAtOnce(pipeline);
        putKnobs("{\"errorRate\":1}");
        changeACustomerAtHeadOffice();
        // the overview re-renders as events arrive: find elements afresh on every poll
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(row).click();
            return true;
        });
        wait.until(d -> Long.parseLong(d.findElement(By.cssSelector(".live-run [data-count=read]")).getText()
                .replaceAll("\\D", "")) > 0);
        screenshot("dashboard.png");

        // the run that dead-lettered is not a green success: on the overview's dots, in the pipeline's runs table
        wait.ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector(
                "tr[data-pipeline='" + pipeline + "'] .dot[data-outcome=SUCCEEDED_WITH_FAILURES]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr[data-pipeline='" + pipeline + "'] .health-cell"))
                .getDomAttribute("data-health")).isEqualTo("ATTENTION");
        screenshot("overview-failures.png");
        browser.get(demo.url().resolve("/#/pipelines/" + pipeline).toString());
        WebElement failedRun = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#runs tr[data-outcome=SUCCEEDED_WITH_FAILURES]")));
        assertThat(failedRun.findElements(By.cssSelector(".badge-succeeded_with_failures"))).hasSize(1);
        assertThat(failedRun.getText()).contains("Succeeded with failures");
        // its chart is this pipeline's own runs, records by outcome: the failed ones show
        wait.until(d -> !d.findElements(By.cssSelector("#pipeline-chart rect.bar-failed")).isEmpty());
        screenshot("pipeline.png");

        // the run's own page
        String runId = failedRun.getDomAttribute("data-run");
        failedRun.findElement(By.cssSelector("a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run"), "Run #" + runId));
        assertThat(browser.findElement(By.id("run")).getText()).contains("Succeeded with failures", "Waited for rate limits");
        // its timeline: the start, the record it dead-lettered, its own line from the server's log, the end
        WebElement timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#run-timeline li[data-kind=end]"))).findElement(By.xpath("./.."));
        assertThat(timeline.findElements(By.cssSelector("li[data-kind=start]"))).hasSize(1);
        assertThat(timeline.findElements(By.cssSelector("li[data-kind=failed], li[data-kind=retry]"))).isNotEmpty();
        assertThat(timeline.getText()).contains("run " + runId + " of pipeline " + pipeline);
        assertThat(browser.findElement(By.id("run-dead-letters")).getText()).contains("Attempts");
        screenshot("run.png");
        phoneScreenshot("run-phone.png");

        browser.get(demo.url().resolve("/#/pipelines/" + pipeline).toString());
        WebElement deadLetter = wait.until(d -> {
            d.navigate().refresh();
            List<WebElement> found = d.findElements(By.cssSelector("[data-dead-letter] button.replay"));
            return found.isEmpty() ? null : found.getFirst();
        });
        String letterId = deadLetter.findElement(By.xpath("./ancestor::*[@data-dead-letter]"))
                .getDomAttribute("data-dead-letter");
        String replayedRow = "[data-dead-letter='" + letterId + "']";
        // expanded, a letter shows the full message, its attempts and the record as read
        browser.findElement(By.cssSelector(replayedRow + " button.details")).click();
        WebElement details = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-details-of='" + letterId + "']")));
        assertThat(details.findElement(By.cssSelector(".full-message")).getText()).isNotBlank();
        assertThat(details.findElement(By.cssSelector("pre.record")).getText()).contains("\"code\"");
        screenshot("dead-letter.png");

        putKnobs("{\"clear\":true}");
        // filtered by a text no letter has, the list says so; by the letter's own key, it shows that letter alone
        String key = browser.findElement(By.cssSelector(replayedRow + " td:nth-child(2)")).getText();
        filterDeadLetters("no letter says this");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dead-letters"),
                "No dead letters match this filter."));
        filterDeadLetters(key);
        wait.until(d -> d.findElements(By.cssSelector("#dead-letters tr[data-dead-letter]")).size() == 1
                && !d.findElements(By.cssSelector(replayedRow)).isEmpty());
        screenshot("dead-letters-filtered.png");
        phoneScreenshot("dead-letters-filtered-phone.png");
        // the demo runs this pipeline every few seconds: a replay asked for meanwhile is queued for the run's end
        browser.findElement(By.cssSelector(replayedRow + " input.select-letter")).click();
        WebElement replaySelected = browser.findElement(By.cssSelector("#dead-letters button.replay-selected"));
        assertThat(replaySelected.getText()).endsWith("(1)");
        replaySelected.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-replay-of='" + letterId + "']")));
        // the row is read again from the server: its state badge says replayed, not open
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(replayedRow + " .badge-replayed")));
        assertThat(browser.findElements(By.cssSelector(replayedRow + " .badge-open"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(replayedRow + " .replayed")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("dead-letters")).getText()).as("the date is when the letter was created")
                .doesNotContain("Started", "Başladı").containsAnyOf("Created", "Oluştu");
        screenshot("replayed.png");

        SyncStore store = demo.bean(SyncStore.class);
        List<DeadLetter> letters = store.transaction(tx -> store.deadLetters().all(tx, pipeline));
        assertThat(letters).anyMatch(d -> d.state() == DeadLetter.State.REPLAYED);
    }

    @Test
    @Order(6)
    void a_failed_connection_test_says_why() {
        SyncStore store = demo.bean(SyncStore.class);
        long reports = store.transaction(tx -> store.connections().findByName(tx, REPORTS)).orElseThrow().id();
        putKnobs("{\"errorRate\":1}");
        try {
            browser.get(demo.url().resolve("/#/connections").toString());
            By health = By.cssSelector("tr[data-connection='" + reports + "'] .health[data-health=failed]");
            WebElement failed = wait.until(ExpectedConditions.visibilityOfElementLocated(health));
            // the kind of failure and what went wrong, not just "Error"
            assertThat(failed.getText()).contains("vendor-unavailable").isNotEqualTo("Error");
            screenshot("connection-failed.png");
        } finally {
            putKnobs("{\"clear\":true}");
        }
    }

    @Test
    @Order(7)
    void a_connection_is_created_from_a_form_and_tested() {
        browser.get(demo.url().resolve("/#/connections").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.new-connection"))).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("connection-form")));
        new Select(form.findElement(By.name("vendor"))).selectByValue("mikro");
        java.util.Map<String, String> config = DemoConnections.config("mikro",
                demo.sandboxes().byName(REPORTS).orElseThrow().sandbox().baseUri()).orElseThrow();
        config.forEach((name, value) -> {
            WebElement input = form.findElement(By.name("config." + name));
            input.clear();
            input.sendKeys(value);
        });
        // the server's refusal shows under the field it names
        form.findElement(By.name("name")).sendKeys("yeni rapor");
        form.findElement(By.cssSelector("button.save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#connection-form [data-field=name] .field-error"), "letters"));
        screenshot("connection-form-error.png");
        form.findElement(By.name("name")).clear();
        form.findElement(By.name("name")).sendKeys("yeni-rapor");
        form.findElement(By.cssSelector("button.save")).click();

        // the list is read again and every connection tested, the new one with it
        wait.until(d -> d.findElements(By.xpath("//tr[td[1][normalize-space()='yeni-rapor']]"
                + "//*[contains(@class,'health') and @data-health='ok']")).size() == 1);
        screenshot("connection-created.png");
    }

    @Test
    @Order(8)
    void a_pipeline_is_created_from_a_form_and_run() {
        browser.get(demo.url().resolve("/#/").toString());
        awaitView();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.new-pipeline"))).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline-form")));
        form.findElement(By.name("name")).sendKeys("Formdan akış");
        new Select(form.findElement(By.name("source.connectionId"))).selectByVisibleText("Mikro Merkez (mikro)");
        new Select(form.findElement(By.name("source.entity"))).selectByValue("item");
        new Select(form.findElement(By.name("target.connectionId"))).selectByVisibleText("yeni-rapor (mikro)");
        new Select(form.findElement(By.name("target.entity"))).selectByValue("item");
        WebElement batch = form.findElement(By.name("batchSize"));
        batch.clear();
        batch.sendKeys("0");
        form.findElement(By.cssSelector("button.save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#pipeline-form [data-field=batchSize] .field-error"), "batchSize"));
        screenshot("pipeline-form-error.png");
        batch.clear();
        batch.sendKeys("25");
        form.findElement(By.cssSelector("button.save")).click();

        // saved, the browser is on the new pipeline's page: run it there and see the run end
        wait.until(ExpectedConditions.urlMatches("#/pipelines/\\d+$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pipeline"), "Formdan akış"));
        // never run: the chart has its axes and says why it has no bars
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pipeline-chart .chart-empty"),
                "This pipeline has not run yet."));
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pipeline button.run-now"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pipeline .action-status"),
                "Run started"));
        wait.ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(
                By.cssSelector("#runs tr[data-outcome]:not([data-outcome=RUNNING])")).isEmpty());
        wait.ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(
                By.cssSelector("#pipeline-chart rect.bar-written, #pipeline-chart rect.bar-skipped")).isEmpty());
        screenshot("pipeline-created-and-run.png");
        phoneScreenshot("pipeline-created-and-run-phone.png");
    }

    @Test
    @Order(9)
    void a_connections_calls_and_their_latency_are_charted_minute_by_minute() {
        SyncStore store = demo.bean(SyncStore.class);
        long reports = store.transaction(tx -> store.connections().findByName(tx, REPORTS)).orElseThrow().id();
        browser.get(demo.url().resolve("/#/connections").toString());
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("tr[data-connection='" + reports + "'] a"))).click();
        wait.until(ExpectedConditions.urlMatches("#/connections/" + reports + "$"));

        // the runs' writes answered, the failed test's calls did not (a sandbox fault, step 6): both in the last hour
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#connection-activity rect.bar-ok")));
        assertThat(browser.findElements(By.cssSelector("#connection-activity rect.bar-failed"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#connection-activity rect.bar-p50"))).isNotEmpty();
        WebElement latency = browser.findElement(By.cssSelector("#connection-activity [data-chart=latency]"));
        assertThat(latency.findElement(By.cssSelector(".unit")).getText()).isEqualTo("ms");
        assertThat(latency.findElements(By.cssSelector(".chart-empty"))).isEmpty();
        screenshot("connection-activity.png");
        phoneScreenshot("connection-activity-phone.png");

        // a connection nothing has called yet: the axes, and why there are no bars
        openQuietConnection("sessiz-rapor");
        screenshot("connection-quiet.png");
    }

    @Test
    @Order(10)
    void a_connections_page_reads_its_calls_again_when_a_run_ends() {
        long quiet = openQuietConnection("canli-rapor");
        ((JavascriptExecutor) browser).executeScript("window.openBeforeTheRun = true;");
        SyncStore store = demo.bean(SyncStore.class);
        long merkez = store.transaction(tx -> store.connections().findByName(tx, "Mikro Merkez")).orElseThrow().id();
        HttpResponse<String> pipeline = send("POST", "/api/v1/pipelines", """
                {"name":"Merkez → canli-rapor","source":{"connectionId":%d,"entity":"item"},
                 "target":{"connectionId":%d,"entity":"item"},"mode":"ONE_WAY","options":{},"schedule":null}"""
                .formatted(merkez, quiet));
        assertThat(pipeline.statusCode()).as(pipeline.body()).isEqualTo(201);
        HttpResponse<String> run = send("POST", "/api/v1/pipelines/" + ApiWorld.read(pipeline).path("id").asLong()
                + "/run", null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(202);

        // the run's calls show on the open page, which was not loaded again
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#connection-activity rect.bar-ok, #connection-activity rect.bar-failed")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.openBeforeTheRun === true;"))
                .isEqualTo(true);
    }

    /** Creates a connection to the reports sandbox named {@code name} and opens its page: no calls yet. */
    private static long openQuietConnection(String name) {
        HttpResponse<String> created = send("POST", "/api/v1/connections", ApiWorld.write(java.util.Map.of(
                "name", name, "vendor", "mikro", "config", DemoConnections.config("mikro",
                        demo.sandboxes().byName(REPORTS).orElseThrow().sandbox().baseUri()).orElseThrow())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long quiet = ApiWorld.read(created).path("id").asLong();
        browser.get(demo.url().resolve("/#/connections/" + quiet).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#connection-activity [data-chart=calls] .chart-empty"), "No vendor calls"));
        return quiet;
    }

    private static void logIn(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }

    private static void awaitView() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main[data-ready=true]")));
    }

    /** Types {@code text} into the dead letters' search box (the list is read again from the server on Enter). */
    private static void filterDeadLetters(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement search = d.findElement(By.cssSelector("#dead-letters input.letter-text"));
            search.clear();
            search.sendKeys(text + Keys.ENTER);
            return true;
        });
    }

    /** A screenshot of the page as it is at phone width; the window is back to desktop width afterwards. */
    private static void phoneScreenshot(String name) {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static void screenshot() {
        screenshot(SCREENSHOT.getFileName().toString());
    }

    /** Saves the page as {@code target/screenshots/<name>}. */
    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOT.getParent());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOT.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void changeACustomerAtHeadOffice() {
        SyncStore store = demo.bean(SyncStore.class);
        Connector mikro = demo.bean(ConnectorPool.class).connectorFor(
                store.transaction(tx -> store.connections().findByName(tx, "Mikro Merkez")).orElseThrow());
        Party p = mikro.read(Entity.PARTY, ReadRequest.full(5)).records().getFirst();
        mikro.update(Entity.PARTY, p.key(), new Party(p.key(), p.code(), p.name(), p.role(), p.taxId(), p.taxOffice(),
                p.address(), p.email(), "0212 000 00 " + (System.nanoTime() % 90 + 10), p.currency(),
                p.eInvoiceTaxpayer(), p.active(), null));
    }

    private static void deadLetterTransientFailuresAtOnce(long pipeline) {
        SyncStore store = demo.bean(SyncStore.class);
        store.inTransaction(tx -> {
            PipelineSpec spec = store.pipelines().get(tx, pipeline);
            store.pipelines().update(tx, new PipelineSpec(spec.id(), spec.name(), spec.sourceConnectionId(),
                    spec.sourceEntity(), spec.targetConnectionId(), spec.targetEntity(), spec.mode(), spec.batchSize(),
                    "{\"transientRetryRuns\":1}", spec.version()));
        });
    }

    private static void putKnobs(String json) {
        HttpResponse<String> response = send("PUT", "/api/v1/demo/sandboxes/Mikro%20Rapor", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        String basic = Base64.getEncoder().encodeToString((demo.user() + ":" + demo.password())
                .getBytes(StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(demo.url().resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
