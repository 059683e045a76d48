package dev.kopru.mikro.client;

import dev.kopru.connector.kit.json.VendorJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Columns a wire record does not name travel flat beside its own fields, as Mikro reads any other column. */
class ExtraColumnsTest {

    private static final ObjectMapper JSON = VendorJson.mapper();

    @Test
    void further_columns_are_written_beside_the_records_own_fields() throws Exception {
        SiparisSatiri satir = new SiparisSatiri("22.11.2025", 0, 0, "KPR", "120.01.001", "BAR-001", BigDecimal.ONE,
                1, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("2.00"), 1, null, Map.of("sip_belgeno", "S-1"));

        JsonNode json = JSON.valueToTree(satir);

        assertThat(json.get("sip_belgeno").asText()).isEqualTo("S-1");
        assertThat(json.get("sip_stok_kod").asText()).isEqualTo("BAR-001");
        assertThat(json.has("ek")).isFalse();
        assertThat(json.has("ekAlanlar")).isFalse();
    }

    @Test
    void no_further_columns_is_an_empty_map_and_adds_nothing() throws Exception {
        TahsilatTediyeSatiri satir = new TahsilatTediyeSatiri("22.11.2025", 1, 0, 0, 1, "THS", 0, "120.01.001", 0,
                BigDecimal.ONE, 4, "NK", "20251122", "60000", null, null);

        assertThat(satir.ek()).isEmpty();
        JsonNode json = JSON.valueToTree(satir);
        assertThat(json.properties()).extracting(Map.Entry::getKey).allMatch(name -> name.startsWith("cha_"));
    }
}
