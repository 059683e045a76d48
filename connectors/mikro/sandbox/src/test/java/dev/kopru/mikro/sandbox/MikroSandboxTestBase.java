package dev.kopru.mikro.sandbox;

import dev.kopru.testkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One sandbox per test class with the golden examples' set-up (mikro.md §10: DEMO-KEY / KOPRU / 2025 / SRV /
 * 123asd, clock at 2025-11-22 Istanbul), reset to its seed before every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MikroSandboxTestBase {

    protected Sandbox sandbox;
    protected MikroHttp mikro;

    /** The options of this class's sandbox; override to change them. */
    protected MikroSandboxOptions options() {
        return MikroSandboxOptions.goldenExamples().build();
    }

    @BeforeAll
    void startSandbox() {
        sandbox = Sandbox.start(new MikroSandbox(options()), 0);
        mikro = new MikroHttp(sandbox.baseUri(), MikroHttp.GOLDEN_DAY);
    }

    @BeforeEach
    void resetSandbox() {
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
