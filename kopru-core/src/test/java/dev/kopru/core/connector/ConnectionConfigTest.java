package dev.kopru.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionConfigTest {

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor("demo", "Demo", List.of(),
            new Limits(100, 1000, Optional.empty(), Optional.empty()),
            List.of(ConfigField.required("baseUrl", "where the API is"),
                    ConfigField.secret("password", "the user's password"),
                    ConfigField.optional("series", "document series", "KPR")));

    @Test
    void masks_secrets_in_its_text() {
        ConnectionConfig config = ConnectionConfig.of(DESCRIPTOR,
                Map.of("baseUrl", "http://127.0.0.1:8094", "password", "s3cr3t-value"));

        assertThat(config.toString()).contains("baseUrl=http://127.0.0.1:8094").contains("password=****")
                .doesNotContain("s3cr3t-value");
        assertThat(config.require("password")).isEqualTo("s3cr3t-value");
    }

    @Test
    void fills_defaults() {
        ConnectionConfig config = ConnectionConfig.of(DESCRIPTOR, Map.of("baseUrl", "u", "password", "p"));

        assertThat(config.get("series")).contains("KPR");
    }

    @Test
    void refuses_a_missing_required_field_naming_it() {
        assertThatThrownBy(() -> ConnectionConfig.of(DESCRIPTOR, Map.of("baseUrl", "u")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("password: required");
    }

    @Test
    void refuses_an_unknown_field_naming_it_and_the_known_ones() {
        assertThatThrownBy(() -> ConnectionConfig.of(DESCRIPTOR, Map.of("baseUrl", "u", "password", "p", "pasword", "x")))
                .hasMessageStartingWith("pasword: unknown configuration field")
                .hasMessageContaining("baseUrl, password, series");
    }
}
