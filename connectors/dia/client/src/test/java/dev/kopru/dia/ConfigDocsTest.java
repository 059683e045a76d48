package dev.kopru.dia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.connector.kit.config.ConfigSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    private static final Path DOC = Path.of("../../../docs/connectors/dia.md");

    @Test
    void the_docs_configuration_table_is_the_one_the_connector_declares() throws Exception {
        String expected = DiaDescriptor.CONFIG.markdownTable();

        assertThat(ConfigSpec.documentedTable(Files.readString(DOC)))
                .as("docs/connectors/dia.md has drifted from DiaDescriptor.CONFIG; its section should read:%n%s",
                        DiaDescriptor.CONFIG.documentedSection())
                .contains(expected);
    }

    @Test
    void the_descriptor_publishes_exactly_the_declared_fields() {
        assertThat(DiaDescriptor.descriptor().configFields()).isEqualTo(DiaDescriptor.CONFIG.fields());
    }
}
