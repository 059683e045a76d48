package dev.kopru.farmaborsa.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.OrderStatus;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.farmaborsa.client.SatisDurum;
import dev.kopru.farmaborsa.client.SiparisBilgi;
import dev.kopru.farmaborsa.client.SiparisIlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** siparisBilgi → Order: lines, the shipping-fee line, the buyer, and the totals check. */
class OrderMappingTest {

    private static final ObjectMapper JSON = VendorJson.mapper();

    /** G5's order: a 10 % item line (2 × 78.90) and a 20 % shipping line (10.90). */
    static SiparisBilgi g5() throws Exception {
        JsonNode body = JSON.readTree(Files.readString(Path.of("..", "golden", "G05-seller-new-orders.json")))
                .path("response").path("body").path("siparisList").get(0);
        return JSON.treeToValue(body, SiparisBilgi.class);
    }

    @Test
    void maps_the_lines_with_vat_included_unit_prices_and_the_shipping_fee_as_a_service_line() throws Exception {
        Order order = OrderMapping.toOrder(g5(), SatisDurum.YENI_SIPARIS);

        assertThat(order.key()).isEqualTo("550012");
        assertThat(order.direction()).isEqualTo(DocumentDirection.SALES);
        assertThat(order.date()).isEqualTo(LocalDate.of(2025, 11, 21));
        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
        assertThat(order.vendorStatus()).isEqualTo("Yeni Sipariş");
        assertThat(order.currency()).isEqualTo("TRY");
        assertThat(order.lines()).hasSize(2);
        assertThat(order.lines().get(0).kind()).isEqualTo(LineKind.ITEM);
        assertThat(order.lines().get(0).barcode()).isEqualTo("7612076396470");
        assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo("78.90");
        assertThat(order.lines().get(0).priceBasis()).isEqualTo(PriceBasis.VAT_INCLUDED);
        assertThat(order.lines().get(0).vatRate()).isEqualByComparingTo("10");
        assertThat(order.lines().get(1).kind()).isEqualTo(LineKind.SERVICE);
        assertThat(order.lines().get(1).barcode()).as("an empty barcode is absent").isNull();
        assertThat(order.lines().get(1).description()).isEqualTo("Kargo Ücreti");
    }

    @Test
    void maps_the_buyer_with_its_vkn_tax_office_and_address() throws Exception {
        Party buyer = OrderMapping.toOrder(g5(), null).buyer();

        assertThat(buyer.code()).isEqualTo("alicieczane");
        assertThat(buyer.name()).as("the invoice title").isEqualTo("Ayşe Kaya");
        assertThat(buyer.taxId()).isEqualTo("1234567890");
        assertThat(buyer.taxOffice()).isEqualTo("Konak");
        assertThat(buyer.address().line()).isEqualTo("Atatürk Cd. No:5 Konak/İzmir");
        assertThat(buyer.address().district()).isEqualTo("Konak");
        assertThat(buyer.address().city()).isEqualTo("İzmir");
        assertThat(buyer.email()).isEqualTo("kaya@example.com");
        assertThat(buyer.phone()).isEqualTo("05551234567");
    }

    @Test
    void takes_the_tckn_when_the_buyer_has_no_vkn_and_then_no_tax_office() throws Exception {
        SiparisBilgi g5 = g5();
        SiparisBilgi person = new SiparisBilgi(g5.satisKod(), g5.tarih(), "", "kisi", "Ali Veli", "", "", "Kızılay",
                "", "", "Çankaya", "10000000146", "", "", "", null, null, g5.toplam(), g5.kdvToplam8(),
                g5.kdvToplam18(), g5.genelToplam(), g5.ilanList());
        Party buyer = OrderMapping.toOrder(person, null).buyer();
        assertThat(buyer.taxId()).isEqualTo("10000000146");
        assertThat(buyer.taxOffice()).isNull();
        assertThat(buyer.name()).isEqualTo("Ali Veli");
        assertThat(buyer.address().city()).isNull();
    }

    @Test
    void recomputes_the_totals_from_the_lines_and_finds_the_vendors_within_its_unit_rounding() throws Exception {
        SiparisBilgi g5 = g5();
        DocumentTotals ours = DocumentTotals.of(OrderMapping.toOrder(g5, null));

        assertThat(ours.gross()).isEqualByComparingTo("168.70");
        // Per-line rounding gives 143.45 + 9.08; FarmaBorsa rounds the unit net first: 71.73 × 2 + 9.08.
        assertThat(ours.net()).isEqualByComparingTo("152.53");
        assertThat(g5.toplam()).isEqualByComparingTo("152.54");
        assertThat(OrderMapping.check(g5)).isEmpty();
    }

    @Test
    void states_no_document_vat_for_10_and_20_percent_lines_because_kdv_toplam_8_and_18_cannot_hold_it()
            throws Exception {
        Order order = OrderMapping.toOrder(g5(), null);
        assertThat(order.statedTotals().vat()).isNull();
        assertThat(order.statedTotals().net()).isEqualByComparingTo("152.54");
        assertThat(order.statedTotals().gross()).isEqualByComparingTo("168.70");
    }

    @Test
    void reports_a_gross_total_that_differs_by_a_kurus() throws Exception {
        SiparisBilgi off = withTotals(g5(), new BigDecimal("152.54"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("168.71"));
        assertThat(OrderMapping.check(off)).singleElement().satisfies(c -> {
            assertThat(c.vendorField()).isEqualTo("genelToplam");
            assertThat(c.discrepancy().difference()).isEqualByComparingTo("0.01");
        });
    }

    @Test
    void checks_kdv_toplam_8_and_18_as_the_vat_of_an_order_of_old_rates_only() {
        SiparisBilgi old = order(List.of(line(1, 8, 3, "10.80"), line(2, 18, 1, "11.80")), "40.00", "2.40", "1.80",
                "44.20");
        Order mapped = OrderMapping.toOrder(old, SatisDurum.ONAYLANDI);
        assertThat(mapped.statedTotals().vat()).isEqualByComparingTo("4.20");
        assertThat(OrderMapping.check(old)).isEmpty();

        SiparisBilgi wrongVat = order(old.ilanList(), "40.00", "2.40", "2.80", "44.20");
        assertThat(OrderMapping.check(wrongVat)).extracting(TotalsCheck::vendorField)
                .contains("kdvToplam8+kdvToplam18");
    }

    @Test
    void checks_kdv_toplam_8_against_the_8_percent_lines_alone_when_10_percent_lines_are_mixed_in() {
        List<SiparisIlan> lines = List.of(line(1, 8, 1, "10.80"), line(2, 10, 1, "11.00"));
        assertThat(OrderMapping.check(order(lines, "20.00", "0.80", "0", "21.80"))).isEmpty();
        assertThat(OrderMapping.check(order(lines, "20.00", "1.80", "0", "21.80")))
                .extracting(TotalsCheck::vendorField).containsExactly("kdvToplam8");
        assertThat(OrderMapping.toOrder(order(lines, "20.00", "0.80", "0", "21.80"), null).statedTotals().vat())
                .isNull();
    }

    @Test
    void allows_half_a_kurus_per_unit_ordered() throws Exception {
        assertThat(OrderMapping.tolerance(g5()).allowedFor(2)).isEqualByComparingTo("0.02"); // 3 units → 0.015 ↑
    }

    private static SiparisIlan line(int kod, int kdv, int adet, String birimFiyat) {
        return new SiparisIlan(kod, 1, "Ürün " + kod, "869" + kod, kdv, "", adet, false, new BigDecimal(birimFiyat),
                null, null);
    }

    private static SiparisBilgi order(List<SiparisIlan> lines, String toplam, String kdv8, String kdv18,
                                      String genel) {
        return new SiparisBilgi(1, "2025-11-21T14:05:00", "", "alici", "A", "B", "C", "", "", "1234567890", "Konak",
                "", "", "", "", null, null, new BigDecimal(toplam), new BigDecimal(kdv8), new BigDecimal(kdv18),
                new BigDecimal(genel), lines);
    }

    private static SiparisBilgi withTotals(SiparisBilgi s, BigDecimal toplam, BigDecimal kdv8, BigDecimal kdv18,
                                           BigDecimal genel) {
        return new SiparisBilgi(s.satisKod(), s.tarih(), s.utsNo(), s.nick(), s.ad(), s.unvan(), s.faturaUnvan(),
                s.adres(), s.tel(), s.vNo(), s.vDaire(), s.tc(), s.ePosta(), s.kargoBarkod(), s.kargoAd(),
                s.satisDurumAd(), s.satFaturaUrl(), toplam, kdv8, kdv18, genel, s.ilanList());
    }
}
