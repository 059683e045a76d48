package dev.kopru.logo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.connector.kit.config.ConfigSpec;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Limits;
import dev.kopru.logo.client.LogoClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    private static final Path DOC = Path.of("../../../docs/connectors/logo.md");

    @Test
    void the_docs_configuration_table_is_the_one_the_connector_declares() throws Exception {
        String expected = LogoSettings.CONFIG.markdownTable();

        assertThat(ConfigSpec.documentedTable(Files.readString(DOC)))
                .as("docs/connectors/logo.md has drifted from LogoSettings.CONFIG; its section should read:%n%s",
                        LogoSettings.CONFIG.documentedSection())
                .contains(expected);
    }

    @Test
    void binds_a_connection_without_client_credentials_and_masks_the_password() {
        ConnectorDescriptor descriptor = new ConnectorDescriptor("logo", "Logo", List.of(),
                new Limits(100, 1000, Optional.empty(), Optional.empty()), LogoSettings.CONFIG.fields());
        ConnectionConfig config = ConnectionConfig.of(descriptor, Map.of("baseUrl", "http://logo:32001",
                "username", "LOGO", "password", "gizli", "firmNo", "001"));

        try (LogoClient client = LogoSettings.CONFIG.bind(config, new LogoSettings()).openClient()) {
            assertThat(client.config().clientIdIfSet()).isEmpty();
            assertThat(client.config().pageSize()).isEqualTo(100);
            assertThat(client.toString()).doesNotContain("gizli");
        }
    }
}
