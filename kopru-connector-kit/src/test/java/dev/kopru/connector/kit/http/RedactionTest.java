package dev.kopru.connector.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void keeps_the_outcome_its_field_and_its_wait_while_masking_the_secret() {
        List<String> secrets = List.of("hunter22");
        ConnectorException validation = Redaction.scrub(new ConnectorException.Validation("Save", "code",
                "Save: refused for hunter22", "bad hunter22"), secrets);
        ConnectorException limited = Redaction.scrub(new ConnectorException.RateLimited("List",
                "List: slow down hunter22", null, Duration.ofSeconds(7)), secrets);

        assertThat(validation).isInstanceOfSatisfying(ConnectorException.Validation.class, v -> {
            assertThat(v.field()).contains("code");
            assertThat(v.getMessage()).isEqualTo("Save: refused for ****");
            assertThat(v.vendorMessage()).contains("bad ****");
        });
        assertThat(limited).isInstanceOfSatisfying(ConnectorException.RateLimited.class,
                r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void a_failure_without_a_secret_is_passed_on_as_it_is() {
        ConnectorException failure = new ConnectorException.NotFound("Get", "Get: no such card", null);
        assertThat(Redaction.scrub(failure, List.of("hunter22"))).isSameAs(failure);
    }

    @Test
    void leaves_very_short_secrets_alone_so_that_words_survive() {
        assertThat(Redaction.scrub("a demo of it", List.of("de", "hunter22"))).isEqualTo("a demo of it");
    }
}
