package dev.kopru.logo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.model.PriceBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingTest {

    @Test
    void writes_a_tckn_as_tckno_of_a_person_company_and_reads_it_back() {
        Party person = new Party(null, "120.01.P1", "Ayşe Yılmaz", PartyRole.CUSTOMER, "10000000146", null, null,
                null, null, "TRY", true, true, null);

        ObjectNode arp = PartyMapping.toArp("POST Arps", person);
        arp.put("INTERNAL_REFERENCE", 9);

        assertThat(arp.get("TCKNO").asText()).isEqualTo("10000000146");
        assertThat(arp.get("PERSCOMPANY").asInt()).isEqualTo(1);
        assertThat(arp.has("TAX_ID")).isFalse();
        Party read = PartyMapping.toParty(arp);
        assertThat(read.taxId()).isEqualTo("10000000146");
        assertThat(read.key()).isEqualTo("9");
        assertThat(read.eInvoiceTaxpayer()).isTrue();
    }

    @Test
    void writes_invoice_lines_with_vat_per_line_and_the_own_number() {
        ObjectNode slip = InvoiceMapping.toSlip("POST salesInvoices", invoice("FAT-1", List.of(
                line(LineKind.ITEM, "CAY.500", PriceBasis.VAT_EXCLUDED), line(LineKind.SERVICE, "NAKLIYE",
                        PriceBasis.VAT_INCLUDED))));

        assertThat(slip.get("TYPE").asInt()).isEqualTo(8);
        assertThat(slip.get("NUMBER").asText()).isEqualTo("FAT-1");
        assertThat(slip.get("DATE").asText()).isEqualTo("2026-03-01T00:00:00");
        assertThat(slip.at("/TRANSACTIONS/items/1/TYPE").asInt()).isEqualTo(4);
        assertThat(slip.at("/TRANSACTIONS/items/1/VAT_INCLUDED").asInt()).isEqualTo(1);
        assertThat(InvoiceMapping.toInvoice(slip).lines()).extracting(DocumentLine::kind)
                .containsExactly(LineKind.ITEM, LineKind.SERVICE);
    }

    @Test
    void writes_a_tax_line_other_than_vat_as_a_service_line_on_the_card_it_names() {
        ObjectNode slip = InvoiceMapping.toSlip("POST salesInvoices", invoice("WRD-1", List.of(
                line(LineKind.SERVICE, "HZM-ABONELIK", PriceBasis.VAT_EXCLUDED),
                line(LineKind.TAX, "HZM-OIV", PriceBasis.VAT_EXCLUDED))));

        assertThat(slip.at("/TRANSACTIONS/items/1/TYPE").asInt()).isEqualTo(4);
        assertThat(slip.at("/TRANSACTIONS/items/1/MASTER_CODE").asText()).isEqualTo("HZM-OIV");
        assertThat(slip.at("/TRANSACTIONS/items/1/VAT_RATE").asInt()).isEqualTo(20);
    }

    @Test
    void refuses_an_auto_number_and_a_line_without_a_kdv_rate_naming_the_field() {
        assertThatThrownBy(() -> InvoiceMapping.toSlip("POST salesInvoices", invoice("~", List.of(
                line(LineKind.ITEM, "CAY.500", PriceBasis.VAT_EXCLUDED)))))
                .isInstanceOfSatisfying(ConnectorException.Validation.class,
                        e -> assertThat(e.field()).hasValue("number"));
        DocumentLine bad = new DocumentLine(1, LineKind.ITEM, "CAY.500", null, null, BigDecimal.ONE, "ADET",
                BigDecimal.TEN, PriceBasis.VAT_EXCLUDED, new BigDecimal("17"), null, null);
        assertThatThrownBy(() -> InvoiceMapping.toSlip("POST salesInvoices", invoice("FAT-2", List.of(bad))))
                .isInstanceOfSatisfying(ConnectorException.Validation.class,
                        e -> assertThat(e.field()).hasValue("lines[0].vatRate"));
    }

    @Test
    void writes_purchases_and_returns_with_their_logo_types_and_reads_the_direction_back() {
        Invoice purchase = invoice("ALF-1", List.of(line(LineKind.ITEM, "CAY.500", PriceBasis.VAT_EXCLUDED)))
                .toBuilder().direction(DocumentDirection.PURCHASE).build();
        DispatchNote salesReturn = new DispatchNote(null, "IRS-1", null, DocumentDirection.SALES_RETURN,
                LocalDate.of(2026, 3, 1), "120.01.001", "TRY", purchase.lines(), null, null, null);

        ObjectNode invoiceSlip = InvoiceMapping.toSlip("POST purchaseInvoices", purchase);
        ObjectNode dispatchSlip = DispatchMapping.toSlip("POST salesDispatches", salesReturn);

        assertThat(SlipKind.INVOICES.resource(purchase.direction())).isEqualTo("purchaseInvoices");
        assertThat(invoiceSlip.get("TYPE").asInt()).isEqualTo(1);
        assertThat(InvoiceMapping.toInvoice(invoiceSlip).direction()).isEqualTo(DocumentDirection.PURCHASE);
        assertThat(SlipKind.DISPATCHES.resource(salesReturn.direction())).isEqualTo("salesDispatches");
        assertThat(dispatchSlip.get("TYPE").asInt()).isEqualTo(3);
        assertThat(DispatchMapping.toDispatchNote(dispatchSlip).direction())
                .isEqualTo(DocumentDirection.SALES_RETURN);
        assertThat(DispatchMapping.toDispatchNote(dispatchSlip.put("TYPE", 11)).direction()).isNull();
    }

    @Test
    void writes_each_payment_method_to_its_slip_and_refuses_what_logo_has_no_slip_type_for() {
        Payment bankPaid = new Payment(null, "BN-9", false, PaymentMethod.BANK, LocalDate.of(2026, 3, 1), null,
                "320.01.001", Money.tl("99.90"), "TR-BANKA-1", "kira", null);

        ObjectNode slip = PaymentMapping.toSlip("POST bankSlips", bankPaid);

        assertThat(PaymentMapping.resource("POST payment", bankPaid)).isEqualTo("bankSlips");
        assertThat(slip.get("TYPE").asInt()).isEqualTo(4);
        assertThat(slip.at("/TRANSACTIONS/items/0/SIGN").asInt()).isEqualTo(1);
        assertThat(slip.at("/TRANSACTIONS/items/0/CREDIT").decimalValue()).isEqualByComparingTo("99.90");
        assertThat(PaymentMapping.fromBankSlip(slip.put("INTERNAL_REFERENCE", "bankSlips/4")))
                .usingRecursiveComparison().ignoringFields("key").isEqualTo(bankPaid);
        Payment cardPaid = new Payment(null, "KK-9", false, PaymentMethod.CREDIT_CARD, LocalDate.of(2026, 3, 1),
                null, "320.01.001", Money.tl("1.00"), null, null, null);
        Payment cheque = new Payment(null, "CK-9", true, PaymentMethod.CHEQUE, LocalDate.of(2026, 3, 1), null,
                "120.01.001", Money.tl("1.00"), null, null, null);
        assertThatThrownBy(() -> PaymentMapping.toSlip("POST ArpSlips", cardPaid))
                .isInstanceOfSatisfying(ConnectorException.Validation.class,
                        e -> assertThat(e.field()).hasValue("received"));
        assertThatThrownBy(() -> PaymentMapping.toSlip("POST payment", cheque))
                .isInstanceOfSatisfying(ConnectorException.Validation.class,
                        e -> assertThat(e.field()).hasValue("method"));
    }

    private static Invoice invoice(String number, List<DocumentLine> lines) {
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.of(2026, 3, 1), null, "120.01.001",
                "TRY", null, lines, null, null, null, null);
    }

    private static DocumentLine line(LineKind kind, String code, PriceBasis basis) {
        return new DocumentLine(1, kind, code, null, null, new BigDecimal("3"), "ADET", new BigDecimal("12.50"), basis,
                new BigDecimal("20"), null, null);
    }
}
