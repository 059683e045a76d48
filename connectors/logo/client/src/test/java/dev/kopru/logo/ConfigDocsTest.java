package dev.kopru.logo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.connector.kit.config.ConfigSpec;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.logo.client.LogoClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    void the_descriptor_publishes_exactly_the_declared_fields() {
        assertThat(LogoDescriptor.descriptor().configFields()).isEqualTo(LogoSettings.CONFIG.fields());
    }

    @Test
    void binds_a_connection_without_client_credentials_and_masks_the_password() {
        ConnectionConfig config = ConnectionConfig.of(LogoDescriptor.descriptor(), Map.of(
                "baseUrl", "http://logo:32001",
                "username", "LOGO", "password", "gizli", "firmNo", "001"));

        try (LogoClient client = ((LogoConnector) new LogoConnectorFactory().open(config)).client()) {
            assertThat(client.config().clientIdIfSet()).isEmpty();
            assertThat(client.config().pageSize()).isEqualTo(100);
            assertThat(client.toString()).doesNotContain("gizli");
        }
    }
}
