package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.PartyRole;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoInvoice;
import dev.kopru.testkit.demodata.DemoItem;
import dev.kopru.testkit.demodata.DemoParty;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.time.LocalDate;
import java.util.List;

/**
 * The sandbox's records: the code tables every firm has (currencies, branch, warehouse, the web-service user), the
 * records of dia.md's golden examples when asked, and deterministic Turkish demo cari, stok cards and invoices.
 * Everything goes through {@link Cards#create}, so seeded records look exactly like written ones.
 */
final class Seed {

    private static final java.util.Locale TURKISH = java.util.Locale.forLanguageTag("tr");

    private Seed() {
    }

    static void run(Store store, Cards cards, DiaSandboxOptions options, LocalDate today) {
        store.clear();
        DiaSandboxOptions.Firm firm = options.firms().getFirst();
        Cards.Caller caller = new Cards.Caller(options.username(), firm.code(), firm.periods().getLast());
        for (String currency : List.of("TL", "USD", "EUR", "GBP")) {
            create(cards, "sis_doviz", caller, SandboxJson.object().put("adi", currency));
        }
        create(cards, "sis_sube", caller, SandboxJson.object().put("subekodu", "MRK").put("subeadi", "MERKEZ"));
        create(cards, "sis_depo", caller, SandboxJson.object().put("depokodu", "D01").put("depoadi", "ANA DEPO"));
        create(cards, "sis_kullanici", caller, SandboxJson.object().put("kullaniciadi", options.username()));
        if (options.goldenSet()) {
            golden(store, cards, caller);
        }
        if (!options.goldenSet()) {
            // the national table of tax offices, in every firm whatever its demo size: a card copied from another
            // firm (or another ERP) links its office by kod, and DİA firms share the country's offices; the golden
            // set keeps the reference's own keys instead
            DemoData.taxOffices().forEach(office -> cards.ensure("sis_vergidairesi", "kod", office, caller,
                    SandboxJson.object().put("kod", office).put("adi", office.toUpperCase(TURKISH))));
        }
        demo(cards, caller, DemoData.of(options.demoSeed(), options.demoSize()).withReferenceDate(today));
    }

    /** dia.md's golden examples: cari 1201 and 1202 (G4, G6), the tax offices of G6/G7, the links of G8/G11/G12. */
    private static void golden(Store store, Cards cards, Cards.Caller caller) {
        store.keysAbove(54);
        create(cards, "sis_vergidairesi", caller, SandboxJson.object().put("kod", "KADIKÖY")
                .put("adi", "KADIKÖY VERGİ DAİRESİ"));
        create(cards, "sis_vergidairesi", caller, SandboxJson.object().put("kod", "ÇANKAYA VERGİ DAİRESİ")
                .put("adi", "ÇANKAYA VERGİ DAİRESİ"));
        create(cards, "sis_ozelkod", caller, SandboxJson.object().put("turkodu", "M2").put("kod", "WS003"));
        create(cards, "sis_ozelkod", caller, SandboxJson.object().put("turkodu", "M3").put("kod", "WS003"));
        create(cards, "shy_servisformu", caller, SandboxJson.object().put("fisno", "000009"));
        create(cards, "scf_carikart", caller, SandboxJson.object().put("carikartkodu", "0000008")
                .put("unvan", "SERVİS MÜŞTERİSİ").put("carikarttipi", "SA"));
        create(cards, "scf_stokkart", caller, SandboxJson.object().put("stokkartkodu", "CAY.500")
                .put("aciklama", "ÇAY 500 G").put("kdv", "20.000000"));
        create(cards, "scf_stokkart", caller, SandboxJson.object().put("stokkartkodu", "SEKER.1")
                .put("aciklama", "TOZ ŞEKER 1 KG").put("kdv", "1.000000"));
        store.keysAbove(1200);
        ObjectNode ornek = SandboxJson.object().put("carikartkodu", "120.001").put("unvan", "ÖRNEK GIDA A.Ş.")
                .put("carikarttipi", "AL").put("verginumarasi", "1234567890").put("_key_sis_vergidairesi", 55);
        create(cards, "scf_carikart", caller, ornek);
        create(cards, "scf_carikart", caller, SandboxJson.object().put("carikartkodu", "120.002")
                .put("unvan", "DENİZ LOJİSTİK LTD. ŞTİ.").put("carikarttipi", "AL"));
        // G6's address line is key 3001; the next keys (1203, ...) stay as G7 shows them.
        ObjectNode first = store.get("scf_carikart", 1201);
        first.putArray("m_adresler").addObject().put("_key", "3001").put("adresadi", "MERKEZ")
                .put("adrestipi", "F").put("anaadres", "1").put("adres1", "Atatürk Cad. No:1").put("ilce", "KADIKÖY")
                .put("sehir", "İSTANBUL");
        first.put("_cdate", "2024-03-01 10:29:41").put("_date", "2024-03-01 10:29:41");
        store.get("scf_carikart", 1202).put("_cdate", "2024-03-01 10:31:02").put("_date", "2024-03-01 10:31:02");
        // G14 updates invoice 88001 and its line 88002.
        store.keysAbove(88000);
        ObjectNode invoice = SandboxJson.object().put("turu", 3).put("tarih", "2024-03-01").put("saat", "10:00:00")
                .put("belgeno", "B-0001");
        invoice.putObject("_key_scf_carikart").put("carikartkodu", "120.001");
        ObjectNode line = invoice.putArray("m_kalemler").addObject().put("kalemturu", "MLZM").put("miktar", "10")
                .put("birimfiyati", "100").put("kdv", "20").put("kdvdurumu", "H");
        line.putObject("_key_kalemturu").put("stokkartkodu", "CAY.500");
        create(cards, "scf_fatura", caller, invoice);
        store.resumeKeysAt(1202);
    }

    private static void demo(Cards cards, Cards.Caller caller, DemoData data) {
        data.parties().forEach(p -> create(cards, "scf_carikart", caller, cari(cards, caller, p)));
        data.items().forEach(i -> create(cards, "scf_stokkart", caller, stok(i)));
        data.invoices().forEach(i -> create(cards, "scf_fatura", caller, fatura(i)));
    }

    private static ObjectNode cari(Cards cards, Cards.Caller caller, DemoParty party) {
        ObjectNode kart = SandboxJson.object().put("carikartkodu", party.code()).put("unvan", party.name())
                .put("carikarttipi", party.role() == PartyRole.SUPPLIER ? "SA" : "AL").put("durum", "A")
                .put("eposta", party.email()).put("telefon1", party.phone());
        kart.put(party.taxId().length() == 11 ? "tckimlikno" : "verginumarasi", party.taxId());
        if (party.taxOffice() != null) {
            kart.set("_key_sis_vergidairesi", SandboxJson.object().put("kod", party.taxOffice()));
            cards.ensure("sis_vergidairesi", "kod", party.taxOffice(), caller, SandboxJson.object()
                    .put("kod", party.taxOffice()).put("adi", party.taxOffice().toUpperCase(TURKISH)));
        }
        kart.putArray("m_adresler").addObject().put("adresadi", "MERKEZ").put("adrestipi", "F")
                .put("anaadres", "1").put("adres1", party.address().line()).put("ilce", party.address().district())
                .put("sehir", party.address().city());
        return kart;
    }

    private static ObjectNode stok(DemoItem item) {
        ObjectNode kart = SandboxJson.object().put("stokkartkodu", item.code()).put("aciklama", item.name())
                .put("stokkartturu", "TCR").put("durum", "A").put("kdv", Values.wire(item.vatRate()))
                .put("birim", item.unit());
        kart.putArray("m_birimler").addObject().put("birimadi", item.unit()).putArray("m_barkodlar").addObject()
                .put("barkod", item.barcode());
        return kart;
    }

    private static ObjectNode fatura(DemoInvoice invoice) {
        ObjectNode kart = SandboxJson.object().put("turu", 3).put("belgeno", invoice.number())
                .put("tarih", invoice.date().toString()).put("saat", "10:00:00")
                .put("vadetarihi", invoice.dueDate().toString());
        kart.putObject("_key_scf_carikart").put("carikartkodu", invoice.partyCode());
        kart.putObject("_key_sis_doviz").put("adi", "TL");
        var lines = kart.putArray("m_kalemler");
        for (DocumentLine line : invoice.lines()) {
            ObjectNode kalem = lines.addObject().put("kalemturu", "MLZM").put("miktar", Values.wire(line.quantity()))
                    .put("birimfiyati", Values.wire(line.unitPrice())).put("kdv", Values.wire(line.vatRate()))
                    .put("kdvdurumu", "H");
            kalem.putObject("_key_kalemturu").put("stokkartkodu", line.itemCode());
        }
        return kart;
    }

    private static void create(Cards cards, String model, Cards.Caller caller, ObjectNode kart) {
        cards.create(Model.named(model), kart, caller);
    }
}
