package dev.kopru.wiradius;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.connector.kit.config.ConfigSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    private static final Path DOC = Path.of("../../../docs/connectors/wiradius.md");

    @Test
    void the_docs_configuration_table_is_the_one_the_connector_declares() throws Exception {
        String expected = WiradiusDescriptor.CONFIG.markdownTable();

        assertThat(ConfigSpec.documentedTable(Files.readString(DOC)))
                .as("docs/connectors/wiradius.md has drifted from WiradiusDescriptor.CONFIG; its section should read:%n%s",
                        WiradiusDescriptor.CONFIG.documentedSection())
                .contains(expected);
    }

    @Test
    void the_descriptor_publishes_exactly_the_declared_fields() {
        assertThat(WiradiusDescriptor.descriptor().configFields()).isEqualTo(WiradiusDescriptor.CONFIG.fields());
    }
}
