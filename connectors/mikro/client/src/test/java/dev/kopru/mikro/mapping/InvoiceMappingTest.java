package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.StokHareketSatiri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceMappingTest {

    static DocumentLine line(int no, String quantity, String price, PriceBasis basis, String vat, String discount) {
        return new DocumentLine(no, LineKind.ITEM, "BAR-001", null, "Kasım barınma", new BigDecimal(quantity), "ADET",
                new BigDecimal(price), basis, new BigDecimal(vat), discount == null ? null : new BigDecimal(discount),
                null);
    }

    static Invoice invoice(String number, List<DocumentLine> lines) {
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.of(2025, 11, 22),
                LocalDate.of(2025, 12, 22), "120.01.001", "TRY", null, lines, null, "Kasım barınma", null, null);
    }

    @Test
    void line_net_and_vat_come_from_document_totals() {
        Invoice invoice = invoice("FAT2025000001", List.of(
                line(1, "1", "50000", PriceBasis.VAT_EXCLUDED, "20", null),
                line(2, "3", "33.333", PriceBasis.VAT_EXCLUDED, "10", "5"),
                line(3, "1", "120", PriceBasis.VAT_INCLUDED, "20", null)));

        FaturaEvragi fatura = InvoiceMapping.toFatura("FaturaKaydetV2", invoice, DocumentSettings.defaults());

        assertThat(fatura.detay()).extracting(StokHareketSatiri::sth_tutar, StokHareketSatiri::sth_vergi)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("50000.00"), new BigDecimal("10000.00")),
                        // 3 × 33.333 × 0.95 = 94.99905 → 95.00; VAT 9.50
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("95.00"), new BigDecimal("9.50")),
                        // 120 VAT-included at 20 %: net 100.00, VAT 20.00
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("100.00"), new BigDecimal("20.00")));
    }

    @Test
    void writes_a_sales_invoice_as_mikros_example_does() {
        FaturaEvragi fatura = InvoiceMapping.toFatura("FaturaKaydetV2",
                invoice("FAT2025000001", List.of(line(1, "1", "50000", PriceBasis.VAT_EXCLUDED, "20", null))),
                DocumentSettings.defaults());

        assertThat(fatura.cha_evrak_tip()).isEqualTo(63);
        assertThat(fatura.cha_cinsi()).isEqualTo(7);
        assertThat(fatura.cha_tip()).isZero();
        assertThat(fatura.cha_tarihi()).isEqualTo("22.11.2025");
        assertThat(fatura.cha_vade()).isEqualTo(30);
        assertThat(fatura.cha_kod()).isEqualTo("120.01.001");
        assertThat(fatura.detay().get(0).sth_evraktip()).isEqualTo(4);
        assertThat(fatura.detay().get(0).sth_tip()).isEqualTo(1);
        assertThat(fatura.detay().get(0).sth_cari_kodu()).isEqualTo("120.01.001");
    }

    @Test
    void stamps_the_number_into_the_natural_key_column_and_uses_the_configured_series() {
        FaturaEvragi fatura = InvoiceMapping.toFatura("FaturaKaydetV2",
                invoice("FAT2025000001", List.of(line(1, "1", "10", PriceBasis.VAT_EXCLUDED, "20", null))),
                DocumentSettings.defaults());

        assertThat(fatura.ek()).containsEntry("cha_belge_no", "FAT2025000001");
        assertThat(fatura.detay().get(0).ek()).containsEntry("sth_belge_no", "FAT2025000001");
        assertThat(fatura.cha_evrakno_seri()).isEqualTo("KPR");
        assertThat(fatura.detay().get(0).sth_evrakno_seri()).isEqualTo("KPR");

        DocumentSettings custom = new DocumentSettings("WEB", "cha_aciklama2", 0);
        FaturaEvragi other = InvoiceMapping.toFatura("FaturaKaydetV2",
                invoice("FAT2025000002", List.of(line(1, "1", "10", PriceBasis.VAT_EXCLUDED, "20", null))), custom);
        assertThat(other.ek()).containsEntry("cha_aciklama2", "FAT2025000002");
        assertThat(other.detay().get(0).ek()).containsEntry("sth_aciklama2", "FAT2025000002");
        assertThat(other.cha_evrakno_seri()).isEqualTo("WEB");
    }

    @Test
    void refuses_an_invoice_without_lines_naming_lines() {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> InvoiceMapping.toFatura("FaturaKaydetV2", invoice("F-1", List.of()), DocumentSettings.defaults()));
        assertThat(refused.field()).contains("lines");
        assertThat(refused.getMessage()).contains("lines");
    }

    @Test
    void refuses_an_invalid_vat_rate_naming_the_line() {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> InvoiceMapping.toFatura("FaturaKaydetV2", invoice("F-1", List.of(
                        line(1, "1", "10", PriceBasis.VAT_EXCLUDED, "20", null),
                        line(2, "1", "10", PriceBasis.VAT_EXCLUDED, "17", null))), DocumentSettings.defaults()));
        assertThat(refused.field()).contains("lines[1].vatRate");
        assertThat(refused.getMessage()).contains("lines[1].vatRate", "17");
    }

    @Test
    void refuses_a_purchase_invoice_whose_codes_mikro_does_not_document() {
        Invoice purchase = new Invoice(null, "A-1", null, DocumentDirection.PURCHASE, LocalDate.of(2025, 11, 22), null,
                "320.01.001", "TRY", null, List.of(line(1, "1", "10", PriceBasis.VAT_EXCLUDED, "20", null)), null, null,
                null, null);
        assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                () -> InvoiceMapping.toFatura("FaturaKaydetV2", purchase, DocumentSettings.defaults())).field())
                .contains("direction");
    }

    @Test
    void escapes_a_quote_in_a_document_number_when_looking_it_up() {
        String sql = InvoiceMapping.headersByNumber("SqlVeriOkuV2", DocumentSettings.defaults(), "O'Brien-7' OR '1'='1");
        assertThat(sql).endsWith("AND cha_belge_no = 'O''Brien-7'' OR ''1''=''1' ORDER BY cha_evrakno_seri, cha_evrakno_sira");
        assertThat(sql).startsWith("SELECT ").contains("FROM CARI_HESAP_HAREKETLERI WHERE cha_iptal = 0 AND cha_evrak_tip = 63");
    }

    @Test
    void refuses_a_document_number_with_a_control_character_before_sending_anything() {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> InvoiceMapping.toFatura("FaturaKaydetV2", invoice("F-1\n; DROP TABLE x",
                        List.of(line(1, "1", "10", PriceBasis.VAT_EXCLUDED, "20", null))), DocumentSettings.defaults()));
        assertThat(refused.field()).contains("number");
        assertThat(refused.getMessage()).contains("control character");
    }
}
