package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.Item;
import dev.kopru.mikro.client.StokKaydi;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemMappingTest {

    private static Item item(BigDecimal vatRate) {
        return new Item("BAR-001", "BAR-001", "Barınma Hizmeti", "Barınma", "ADET",
                List.of("8690000000012", "8690000000029"), vatRate, new BigDecimal("50000.00"), null, "TRY", null,
                null, null, null, null, null);
    }

    @Test
    void an_item_survives_the_round_trip_through_a_stock_card() {
        Item item = item(new BigDecimal("20"));

        StokKaydi stok = ItemMapping.toStok("StokKaydetV2", item);

        assertThat(ItemMapping.toItem(stok)).isEqualTo(item);
        assertThat(stok.sto_kod()).isEqualTo("BAR-001");
        assertThat(stok.sto_birim1_ad()).isEqualTo("ADET");
        assertThat(stok.sto_perakende_vergi()).isEqualTo(20);
        assertThat(stok.barkodlar()).extracting(b -> b.bar_kodu(), b -> b.bar_master())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8690000000012", 1),
                        org.assertj.core.groups.Tuple.tuple("8690000000029", 0));
        assertThat(stok.satis_fiyatlari()).singleElement()
                .satisfies(p -> assertThat(p.sfiyat_fiyati()).isEqualByComparingTo("50000"));
    }

    @Test
    void refuses_a_vat_rate_that_is_not_turkish_naming_vatRate() {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> ItemMapping.toStok("StokKaydetV2", item(new BigDecimal("19"))));
        assertThat(refused.field()).contains("vatRate");
    }
}
