package dev.kopru.connector.kit.chain;

import static dev.kopru.connector.kit.chain.ScriptedConnector.inDoubt;
import static dev.kopru.connector.kit.chain.ScriptedConnector.transientFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.connector.ReadRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static final RetryConfig THREE_NO_WAIT = RetryConfig.custom().maxAttempts(3).backoff(Backoff.none())
            .maxRateLimitWait(Duration.ZERO).build();

    private final ScriptedConnector vendor = new ScriptedConnector();
    private final List<String> failedAttempts = new ArrayList<>();
    private final List<Duration> throttled = new ArrayList<>();
    private final CallListener listener = new CallListener() {
        @Override
        public void attemptFailed(VendorCall call, int attempt, ConnectorException failure) {
            failedAttempts.add(call.operation() + " #" + attempt + " " + failure.getClass().getSimpleName());
        }

        @Override
        public void throttled(VendorCall call, Duration waited) {
            throttled.add(waited);
        }
    };

    private ChainedConnector retried(RetryConfig config) {
        return new ChainedConnector(vendor, "acme", List.of(new Retries(config, listener)));
    }

    @Test
    void retries_a_transient_read_until_it_succeeds() {
        vendor.failing(transientFailure(), transientFailure());

        retried(THREE_NO_WAIT).read(Entity.PARTY, ReadRequest.full(10));

        assertThat(vendor.sent).containsExactly("read", "read", "read");
        assertThat(failedAttempts).containsExactly("read #1 Transient", "read #2 Transient");
    }

    @Test
    void sends_a_call_at_most_max_attempts_times_and_throws_the_last_failure() {
        vendor.failing(transientFailure(), transientFailure(), transientFailure(), transientFailure());

        assertThatThrownBy(() -> retried(THREE_NO_WAIT).read(Entity.PARTY, ReadRequest.full(10)))
                .isInstanceOf(ConnectorException.Transient.class);
        assertThat(vendor.sent).hasSize(3);
    }

    @Test
    void never_repeats_a_create_or_a_raw_write_in_doubt_but_repeats_an_update_and_an_order_action() {
        ChainedConnector chained = retried(THREE_NO_WAIT);
        vendor.failing(inDoubt());
        assertThatThrownBy(() -> chained.create(Entity.PARTY, null)).isInstanceOf(ConnectorException.InDoubt.class);
        vendor.failing(inDoubt());
        assertThatThrownBy(() -> chained.capability(RawOperations.class).orElseThrow().callRaw("SaveThing", "{}"))
                .isInstanceOf(ConnectorException.InDoubt.class);
        vendor.failing(inDoubt());
        chained.update(Entity.PARTY, "K1", null);
        vendor.failing(inDoubt());
        chained.capability(OrderActions.class).orElseThrow().confirm(null);

        assertThat(vendor.sent).containsExactly("create", "raw SaveThing", "update", "update", "confirm", "confirm");
    }

    @Test
    void retries_a_transient_create_which_applied_nothing() {
        vendor.failing(transientFailure());

        assertThat(retried(THREE_NO_WAIT).create(Entity.PARTY, null)).isEqualTo("K1");
        assertThat(vendor.sent).containsExactly("create", "create");
    }

    @Test
    void retries_an_expired_session_once_only() {
        vendor.failing(expired(), expired(), expired());

        assertThatThrownBy(() -> retried(THREE_NO_WAIT).check()).isInstanceOf(ConnectorException.AuthExpired.class);
        assertThat(vendor.sent).containsExactly("check", "check");
    }

    @Test
    void never_retries_what_a_repeat_cannot_change() {
        ChainedConnector chained = retried(THREE_NO_WAIT);
        vendor.failing(new ConnectorException.Validation("op", "taxId", "taxId: 10 or 11 digits", null));
        assertThatThrownBy(() -> chained.create(Entity.PARTY, null))
                .isInstanceOf(ConnectorException.Validation.class);
        vendor.failing(new ConnectorException.AuthRejected("op", "wrong password", null));
        assertThatThrownBy(chained::check).isInstanceOf(ConnectorException.AuthRejected.class);
        vendor.failing(new ConnectorException.NotFound("op", "no such card", null));
        assertThatThrownBy(() -> chained.get(Entity.PARTY, "K9")).isInstanceOf(ConnectorException.NotFound.class);

        assertThat(vendor.sent).containsExactly("create", "check", "get");
        assertThat(failedAttempts).isEmpty();
    }

    @Test
    void waits_a_rate_limits_retry_after_cut_to_the_most_it_honours_and_reports_the_wait() {
        vendor.failing(new ConnectorException.RateLimited("op", "429", null, Duration.ofMinutes(10)));
        RetryConfig config = RetryConfig.from(THREE_NO_WAIT).maxRateLimitWait(Duration.ofMillis(5)).build();

        retried(config).read(Entity.PARTY, ReadRequest.full(10));

        assertThat(vendor.sent).containsExactly("read", "read");
        assertThat(throttled).containsExactly(Duration.ofMillis(5));
    }

    private static ConnectorException.AuthExpired expired() {
        return new ConnectorException.AuthExpired("op", "session expired", null);
    }
}
