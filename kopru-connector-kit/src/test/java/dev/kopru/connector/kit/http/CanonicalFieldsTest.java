package dev.kopru.connector.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalFieldsTest {

    private final CanonicalFields fields = new CanonicalFields("Demo", Map.of("cha_kod", "partyCode")::get);

    @Test
    void a_refusal_of_a_vendor_field_names_the_canonical_field_and_keeps_the_vendors_words() {
        var refused = catchThrowableOfType(ConnectorException.Validation.class, () -> fields.translating(() -> {
            throw new ConnectorException.Validation("Save", "cha_kod", "Save: bad", "Cari bulunamadı");
        }));

        assertThat(refused.field()).contains("partyCode");
        assertThat(refused.getMessage()).contains("Demo refused partyCode (Demo field cha_kod): Cari bulunamadı");
        assertThat(refused.vendorMessage()).contains("Cari bulunamadı");
    }

    @Test
    void a_refusal_without_a_known_field_and_a_success_pass_through() {
        var other = new ConnectorException.Validation("Save", "other", "Save: bad", null);
        assertThat(fields.translate(other)).isSameAs(other);
        assertThat(fields.translating(() -> 42)).isEqualTo(42);
    }
}
