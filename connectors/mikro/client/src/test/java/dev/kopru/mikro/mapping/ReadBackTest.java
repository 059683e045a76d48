package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Side;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.mikro.client.SqlRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical records from the rows SqlVeriOkuV2 returns. */
class ReadBackTest {

    private static final ObjectMapper JSON = VendorJson.mapper();

    private static SqlRow row(String json) throws Exception {
        return new SqlRow((ObjectNode) JSON.readTree(json));
    }

    @Test
    void an_invoice_is_its_header_and_its_stock_lines() throws Exception {
        SqlRow header = row("{\"cha_evrakno_seri\":\"KPR\",\"cha_evrakno_sira\":7,\"belge_no\":\"FAT-7\","
                + "\"cha_tarihi\":\"2025-11-22T00:00:00\",\"cha_kod\":\"120.01.001\",\"cha_aciklama\":\"\","
                + "\"cha_vade\":30,\"cha_meblag\":60000.00}");
        SqlRow line = row("{\"sth_evrakno_seri\":\"KPR\",\"sth_evrakno_sira\":7,\"sth_stok_kod\":\"BAR-001\","
                + "\"sth_miktar\":2,\"sth_tutar\":50000.00,\"sth_vergi\":10000.00,\"sth_cikis_depo_no\":1}");

        Invoice invoice = InvoiceMapping.fromRows(List.of(header), List.of(line)).get(0);

        assertThat(invoice.key()).isEqualTo("KPR-7");
        assertThat(invoice.number()).isEqualTo("FAT-7");
        assertThat(invoice.date()).isEqualTo(LocalDate.of(2025, 11, 22));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(invoice.statedTotals().gross()).isEqualByComparingTo("60000");
        assertThat(invoice.lines()).singleElement().satisfies(l -> {
            assertThat(l.unitPrice()).isEqualByComparingTo("25000");
            assertThat(l.vatRate()).isEqualByComparingTo("20");
            assertThat(l.warehouse()).isEqualTo("1");
        });
    }

    @Test
    void the_vat_rate_of_a_line_is_the_one_that_gives_exactly_its_vat() {
        assertThat(VatFromAmounts.rate(new java.math.BigDecimal("95.00"), new java.math.BigDecimal("9.50")))
                .isEqualByComparingTo("10");
        assertThat(VatFromAmounts.rate(new java.math.BigDecimal("0.04"), new java.math.BigDecimal("0.01")))
                .isEqualByComparingTo("20");
        assertThat(VatFromAmounts.rate(new java.math.BigDecimal("100.00"), new java.math.BigDecimal("13.00")))
                .isNull();
    }

    @Test
    void a_movement_is_debit_for_cha_tip_0_and_credit_for_1() throws Exception {
        AccountMovement receipt = LedgerMapping.movement(row("{\"cha_Guid\":\"G-1\",\"cha_kod\":\"120.01.001\","
                + "\"cha_tarihi\":\"2025-11-22\",\"cha_evrak_tip\":1,\"cha_evrakno_seri\":\"THS\",\"cha_evrakno_sira\":1,"
                + "\"belge_no\":null,\"cha_tip\":1,\"cha_meblag\":\"60000\",\"cha_vade\":20251201}"));
        assertThat(receipt.side()).isEqualTo(Side.CREDIT);
        assertThat(receipt.documentType()).isEqualTo("receipt");
        assertThat(receipt.documentNumber()).isEqualTo("THS-1");
        assertThat(receipt.amount().amount()).isEqualByComparingTo("60000");
        assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void a_balance_query_sums_debits_and_credits_per_party_in_sql() {
        assertThat(LedgerMapping.balanceOf("SqlVeriOkuV2", "120.01.001"))
                .contains("SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE 0 END) AS borc")
                .contains("SUM(CASE WHEN cha_tip = 1 THEN cha_meblag ELSE 0 END) AS alacak")
                .contains("WHERE cha_iptal = 0 AND cha_kod = '120.01.001' GROUP BY cha_kod");
    }
}
