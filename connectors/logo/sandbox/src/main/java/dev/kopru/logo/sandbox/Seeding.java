package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoInvoice;
import dev.kopru.testkit.demodata.DemoItem;
import dev.kopru.testkit.demodata.DemoParty;
import java.time.format.DateTimeFormatter;

/**
 * The records a sandbox starts with: the golden examples' records (logo.md §Golden: items 3 and 4 are CAY.500 and
 * SEKER.1 of five and the only trade goods (CARDTYPE 1, G12), cari CARI.01 and item MALZEME.02 of seed 002's order,
 * sales orders numbered from 41051, service card NAKLIYE of G7 and G10, kasa MERKEZ of G16), or the project's
 * deterministic Turkish demo data as Logo cards and slips; then the service and kasa cards the options name.
 */
final class Seeding {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00");

    private Seeding() {
    }

    static void run(Store store, LogoSandboxOptions options) {
        if (options.goldenSet()) {
            golden(store);
        } else {
            demo(store, DemoData.of(options.demoSeed(), options.demoSize()));
        }
        options.services().forEach(code -> card(store, Resources.SERVICES, code));
        options.safeDeposits().forEach(code -> card(store, Resources.SAFE_DEPOSITS, code));
    }

    private static void card(Store store, String resource, String code) {
        store.insert(resource, Wire.object().put("CODE", code));
    }

    private static void golden(Store store) {
        item(store, "HAMMADDE.01", "Örnek Hammadde", 10, "20");
        item(store, "MALZEME.02", "Örnek Malzeme 2", 10, "20");
        item(store, "CAY.500", "Çay 500 g", 1, "20");
        item(store, "SEKER.1", "Şeker 1 kg", 1, "1");
        item(store, "MAMUL.01", "Örnek Mamul", 12, "20");
        ObjectNode arp = Wire.object().put("ACCOUNT_TYPE", 3).put("CODE", "CARI.01").put("TITLE", "Örnek Cari A.Ş.")
                .put("CITY", "İSTANBUL").put("COUNTRY", "TÜRKİYE").put("TAX_OFFICE", "KADIKÖY")
                .put("TAX_ID", "1234567890");
        store.insert(Resources.ARPS, arp);
        store.insert(Resources.ARPS, Wire.object().put("ACCOUNT_TYPE", 1).put("CODE", "120.01.120")
                .put("TITLE", "Anadolu Gıda ANONİM ŞİRKETİ").put("CITY", "ANKARA").put("TAX_ID", "9876543210"));
        store.insert(Resources.SERVICES, Wire.object().put("CODE", "NAKLIYE").put("DESCRIPTION", "Nakliye"));
        store.insert(Resources.SAFE_DEPOSITS, Wire.object().put("CODE", "MERKEZ").put("DESCRIPTION", "Merkez kasa"));
        store.startReferencesAt(Resources.SALES_ORDERS, 41051);
    }

    private static void item(Store store, String code, String name, int cardType, String vat) {
        store.insert(Resources.ITEMS, Wire.object().put("CARD_TYPE", cardType).put("CODE", code).put("NAME", name)
                .put("VAT", new java.math.BigDecimal(vat)).put("UNITSET_CODE", "05").put("UNITSETREF", 5));
    }

    private static void demo(Store store, DemoData data) {
        data.parties().forEach(p -> store.insert(Resources.ARPS, arp(p)));
        data.items().forEach(i -> store.insert(Resources.ITEMS, item(i)));
        data.invoices().forEach(i -> store.insert(Resources.SALES_INVOICES, invoice(i)));
    }

    private static ObjectNode arp(DemoParty party) {
        ObjectNode arp = Wire.object();
        arp.put("ACCOUNT_TYPE", switch (party.role()) {
            case CUSTOMER -> 1;
            case SUPPLIER -> 2;
            case CUSTOMER_AND_SUPPLIER -> 3;
        });
        arp.put("CODE", party.code());
        arp.put("TITLE", party.name());
        if (party.kind() == DemoParty.Kind.PERSON) {
            arp.put("PERSCOMPANY", 1).put("TCKNO", party.taxId()).put("NAME", party.firstName())
                    .put("SURNAME", party.lastName());
        } else {
            arp.put("TAX_ID", party.taxId()).put("TAX_OFFICE", party.taxOffice());
        }
        if (party.address() != null) {
            arp.put("ADDRESS1", party.address().line()).put("TOWN", party.address().district())
                    .put("CITY", party.address().city()).put("POSTAL_CODE", party.address().postalCode())
                    .put("COUNTRY", "TÜRKİYE");
        }
        arp.put("E_MAIL", party.email()).put("TELEPHONE1", party.phone());
        arp.put("ACCEPT_EINV", party.eInvoiceTaxpayer() ? 1 : 0);
        return arp;
    }

    private static ObjectNode item(DemoItem item) {
        ObjectNode card = Wire.object().put("CARD_TYPE", 1).put("CODE", item.code()).put("NAME", item.name())
                .put("GROUP_CODE", item.category()).put("VAT", item.vatRate()).put("UNITSET_CODE", "05");
        ArrayNode units = card.putObject("UNITS").putArray("items");
        units.addObject().put("UNIT_CODE", item.unit()).put("BARCODE", item.barcode());
        return card;
    }

    private static ObjectNode invoice(DemoInvoice invoice) {
        ObjectNode slip = Wire.object().put("TYPE", 8).put("NUMBER", invoice.number())
                .put("DATE", DATE.format(invoice.date())).put("DOC_NUMBER", invoice.number())
                .put("ARP_CODE", invoice.partyCode()).put("CURRSEL_TOTALS", 1);
        ArrayNode lines = slip.putObject("TRANSACTIONS").putArray("items");
        for (DocumentLine line : invoice.lines()) {
            ObjectNode row = lines.addObject().put("TYPE", line.kind() == LineKind.ITEM ? 0 : 4)
                    .put("MASTER_CODE", line.itemCode()).put("QUANTITY", line.quantity())
                    .put("PRICE", line.unitPrice()).put("VAT_RATE", line.vatRate())
                    .put("VAT_INCLUDED", line.priceBasis() == PriceBasis.VAT_INCLUDED ? 1 : 0)
                    .put("UNIT_CODE", line.unit() == null ? "ADET" : line.unit());
            if (line.discountRate() != null) {
                row.put("DISCOUNT_RATE", line.discountRate());
            }
        }
        return slip;
    }
}
