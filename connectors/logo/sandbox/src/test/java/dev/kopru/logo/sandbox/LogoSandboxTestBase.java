package dev.kopru.logo.sandbox;

import dev.kopru.testkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One sandbox per test class with the golden examples' set-up, reset and logged in before every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LogoSandboxTestBase {

    protected Sandbox sandbox;
    protected LogoHttp logo;

    protected LogoSandboxOptions options() {
        return LogoSandboxOptions.goldenExamples().build();
    }

    @BeforeAll
    void startSandbox() {
        sandbox = Sandbox.start(new LogoSandbox(options()), 0);
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.app().reset();
        sandbox.faults().clear();
        sandbox.journal().clear();
        logo = new LogoHttp(sandbox.baseUri()).loginGolden();
    }

    @AfterAll
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
