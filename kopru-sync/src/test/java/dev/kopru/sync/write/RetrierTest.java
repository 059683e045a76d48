package dev.kopru.sync.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetrierTest {

    private static final WritePolicy NO_WAIT = WritePolicy.defaults().withBackoff(Backoff.none()).withMaxAttempts(3);

    @Test
    void retries_a_transient_failure_until_it_succeeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = new Retrier(NO_WAIT).call("create", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConnectorException.Transient("CariKaydetV2", "HTTP 500", null, null);
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void gives_up_after_the_last_attempt_with_the_last_failure() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new Retrier(NO_WAIT).call("create", () -> {
            calls.incrementAndGet();
            throw new ConnectorException.Transient("CariKaydetV2", "HTTP 503", null, null);
        })).isInstanceOf(ConnectorException.Transient.class).hasMessage("HTTP 503");
        assertThat(calls).hasValue(3);
    }

    @Test
    void never_repeats_a_validation_failure_or_an_in_doubt_create() {
        AtomicInteger calls = new AtomicInteger();
        Retrier retrier = new Retrier(NO_WAIT);
        assertThatThrownBy(() -> retrier.call("create", () -> {
            calls.incrementAndGet();
            throw new ConnectorException.Validation("CariKaydetV2", "taxId", "taxId: invalid", "Geçersiz VKN");
        })).isInstanceOf(ConnectorException.Validation.class);
        assertThatThrownBy(() -> retrier.call("create", () -> {
            calls.incrementAndGet();
            throw new ConnectorException.InDoubt("CariKaydetV2", "no response", null);
        })).isInstanceOf(ConnectorException.InDoubt.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void waits_out_a_rate_limit_and_counts_the_time_as_throttled() {
        AtomicInteger calls = new AtomicInteger();
        Retrier retrier = new Retrier(NO_WAIT.withMaxRateLimitWait(Duration.ofMillis(20)));
        String result = retrier.call("read", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new ConnectorException.RateLimited("ilanlar", "429", null, Duration.ofSeconds(60));
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        // the vendor asked for 60 s; the policy caps the wait at 20 ms
        assertThat(retrier.throttledMillis()).isEqualTo(20);
    }

    @Test
    void rejects_a_backoff_that_shrinks() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoff");
    }
}
