package dev.kopru.core.connector;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SqlReportsTest {

    @Test
    void bounds_are_checked_naming_the_field() {
        assertThatThrownBy(() -> SqlReports.checkBounds(0, Duration.ofSeconds(1))).hasMessageStartingWith("maxRows: ");
        assertThatThrownBy(() -> SqlReports.checkBounds(10_001, Duration.ofSeconds(1))).hasMessageStartingWith("maxRows: ");
        assertThatThrownBy(() -> SqlReports.checkBounds(1, Duration.ofMinutes(5))).hasMessageStartingWith("timeout: ");
    }
}
