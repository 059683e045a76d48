package dev.kopru.farmaborsa.sandbox;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.time.SettableClock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One sandbox per test class in the golden state (connectors/farmaborsa/golden/README.md: demoeczane / alicieczane,
 * listing 84380, orders 550012-550014, rate limit off) on a clock the test moves, reset before every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FarmaBorsaSandboxTestBase {

    /** The golden day: 2025-12-03 10:00 Istanbul, as the golden preset's fixed clock. */
    protected final SettableClock clock = new SettableClock(LocalDateTime.of(2025, 12, 3, 10, 0),
            FarmaBorsaSandboxOptions.ISTANBUL);
    protected Sandbox sandbox;
    protected FarmaBorsaHttp farma;

    /** The options of this class's sandbox; override to change them. */
    protected FarmaBorsaSandboxOptions.Builder options() {
        return FarmaBorsaSandboxOptions.goldenExamples().clock(clock);
    }

    @BeforeAll
    void startSandbox() {
        sandbox = Sandbox.start(new FarmaBorsaSandbox(options().build()), 0);
        farma = new FarmaBorsaHttp(sandbox.baseUri());
    }

    @BeforeEach
    void resetSandbox() {
        clock.rewind();
        sandbox.app().reset();
        sandbox.faults().clear();
        sandbox.journal().clear();
    }

    @AfterAll
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
