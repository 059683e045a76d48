package dev.kopru.sync.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private final CanonicalJson json = new CanonicalJson();

    private static Party party(String key, String name, Instant changedAt) {
        return new Party(key, "120.01.00001", name, PartyRole.CUSTOMER, "1234567890", "KONAK",
                new Address("Atatürk Cd. 1", "Konak", "İzmir", "35210", "TÜRKİYE"), null, null, "TRY", false, true,
                changedAt);
    }

    @Test
    void ignores_the_vendor_key_and_the_change_time() {
        assertThat(json.hash(party("a", "Ege Ltd.", Instant.parse("2026-01-01T00:00:00Z"))))
                .isEqualTo(json.hash(party("b", "Ege Ltd.", Instant.parse("2026-06-01T10:00:00Z"))));
    }

    @Test
    void changes_when_any_content_field_changes() {
        assertThat(json.hash(party("a", "Ege Ltd.", null))).isNotEqualTo(json.hash(party("a", "Ege A.Ş.", null)));
    }

    @Test
    void treats_amounts_that_differ_only_in_trailing_zeros_as_equal() {
        record Line(String code, BigDecimal price) { }
        assertThat(json.hash(new Line("STK-1", new BigDecimal("99.90"))))
                .isEqualTo(json.hash(new Line("STK-1", new BigDecimal("99.9"))))
                .isNotEqualTo(json.hash(new Line("STK-1", new BigDecimal("99.91"))));
    }

    @Test
    void does_not_depend_on_map_order_or_absent_fields() {
        record Doc(Map<String, String> extras, String note) { }
        assertThat(json.hash(new Doc(Map.of("a", "1", "b", "2"), null)))
                .isEqualTo(json.hash(new Doc(new java.util.TreeMap<>(Map.of("b", "2", "a", "1")), null)));
    }

    @Test
    void writes_big_amounts_plainly_for_people() {
        record Line(BigDecimal price) { }
        assertThat(json.toJson(new Line(new BigDecimal("1E+3")))).isEqualTo("{\"price\":1000}");
    }
}
