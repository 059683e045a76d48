package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Invoices and purchase/sales documents (mikro.md §8.5). A document is one CARI_HESAP_HAREKETLERI row (the
 * {@code cha_*} header) and one STOK_HAREKETLERI row per {@code detay[]} line, linked by {@code sth_fat_uid}. The
 * header's {@code cha_meblag} is the sum of the lines' {@code sth_tutar + sth_vergi} and of the service lines'
 * ({@code hizmet_masraf_detay[]} of AlimSatimEvragiKaydetV2) {@code cha_aratoplam + cha_vergi}; its number is the next
 * {@code cha_evrakno_sira} of its type and series unless the request gives one. A service line is kept in the
 * header's totals only: where real Mikro files it (its own movement rows) is not in the reference [inference].
 */
final class InvoiceOperations {

    private static final String[] CHA_NUMBER = {"cha_evrak_tip", "cha_evrakno_seri", "cha_evrakno_sira"};
    private static final int SALES_INVOICE = 63;
    private static final int INVOICE_LINE = 4;

    private InvoiceOperations() {
    }

    static List<Operation> all() {
        return List.of(
                Operation.write("FaturaKaydetV2", call -> save(call, true)),
                // V3's page lists no detay[] (mikro.md §8.5): lines are accepted, a header alone is a service invoice.
                Operation.write("FaturaKaydetV3", call -> save(call, false)),
                Operation.write("AlimSatimEvragiKaydetV2", call -> save(call, false)),
                Operation.write("AlimSatimEvragiSilV2", InvoiceOperations::delete));
    }

    static Reply save(Call call, boolean linesRequired) throws SQLException {
        return call.saveEach("evraklar", (records, evrak) -> saveOne(records, evrak, linesRequired));
    }

    private static ObjectNode saveOne(Records records, ObjectNode evrak, boolean linesRequired)
            throws SQLException {
        Row header = Row.fromJson(records.table("CARI_HESAP_HAREKETLERI"), evrak);
        String cari = Fields.requiredText(evrak, "cha_kod");
        records.requireCari(cari);
        long type = header.whole("cha_evrak_tip").orElse((long) SALES_INVOICE);
        String series = header.text("cha_evrakno_seri");
        long number = records.number("CARI_HESAP_HAREKETLERI", CHA_NUMBER, type, series,
                header.whole("cha_evrakno_sira"));
        LocalDateTime date = (LocalDateTime) header.get("cha_tarihi").orElse(records.now().toLocalDate().atStartOfDay());
        header.set("cha_evrak_tip", type).set("cha_evrakno_sira", number).set("cha_tarihi", date)
                .set("cha_satir_no", 0L);
        UUID guid = records.stampNew(header);

        List<ObjectNode> detay = new ArrayList<>(Fields.objects(Fields.get(evrak, "detay"), "detay"));
        if (detay.isEmpty() && linesRequired) {
            throw MikroError.required("detay");
        }
        TreeMap<Integer, BigDecimal> vatByPointer = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        List<Row> lines = new ArrayList<>();
        for (int i = 0; i < detay.size(); i++) {
            Row line = line(records, detay.get(i), header, guid, i, vatByPointer);
            net = net.add(line.decimal("sth_tutar").orElseThrow());
            lines.add(line);
        }
        List<ObjectNode> services = Fields.objects(Fields.get(evrak, "hizmet_masraf_detay"), "hizmet_masraf_detay");
        for (ObjectNode service : services) {
            net = net.add(service(service, header, vatByPointer));
        }
        if (detay.isEmpty() && services.isEmpty()) {
            net = header.decimal("cha_aratoplam").orElseThrow(() -> MikroError.required("cha_aratoplam"));
            long pointer = header.whole("cha_vergipntr").filter(p -> p > 0).orElse(6L);
            vatByPointer.merge((int) pointer, VatTable.vat(net, VatTable.percent(pointer)), BigDecimal::add);
        }
        BigDecimal vat = vatByPointer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        header.set("cha_aratoplam", net.setScale(2, RoundingMode.HALF_UP))
                .set("cha_meblag", net.add(vat).setScale(2, RoundingMode.HALF_UP));
        vatByPointer.forEach((pointer, amount) -> header.set("cha_vergi" + pointer, amount));
        records.insert(header);
        BigDecimal cost = BigDecimal.ZERO;
        for (Row line : lines) {
            BigDecimal lineCost = line.decimal("sth_tutar").orElseThrow().multiply(SeedWriter.COST_SHARE)
                    .setScale(2, RoundingMode.HALF_UP);
            cost = cost.add(lineCost);
            line.setIfAbsent("sth_maliyet_ana", lineCost);
            records.insert(line);
        }
        if (type == SALES_INVOICE && header.whole("cha_tip").orElse(0L) == 0) {
            records.journal().salesInvoice(date.toLocalDate(), records.now(), new Journal.Source(SALES_INVOICE,
                    series, number, header.text("cha_aciklama")), net.setScale(2, RoundingMode.HALF_UP),
                    vat.setScale(2, RoundingMode.HALF_UP), cost);
        }
        records.storeUserTablo("CARI_HESAP_HAREKETLERI", guid, evrak);
        for (int i = 0; i < detay.size(); i++) {
            UUID lineGuid = (UUID) lines.get(i).get("sth_Guid").orElseThrow();
            records.storeUserTablo("STOK_HAREKETLERI", lineGuid, detay.get(i));
        }
        return Bodies.object().put("cha_evrakno_seri", series).put("cha_evrakno_sira", number)
                .put("cha_Guid", guid.toString());
    }

    /**
     * A service or expense line: its hizmet/masraf code and net ({@code cha_aratoplam}) required, its VAT the
     * {@code cha_vergi} it states, else the rate of its {@code cha_vergipntr} (the header's, else 20 %); the net.
     */
    private static BigDecimal service(ObjectNode json, Row header, TreeMap<Integer, BigDecimal> vatByPointer) {
        Fields.requiredText(json, "cha_kasa_hizkod");
        BigDecimal net = Fields.decimal(json, "cha_aratoplam").orElseThrow(() -> MikroError.required("cha_aratoplam"));
        Optional<Long> pointer = Fields.whole(json, "cha_vergipntr").or(() -> header.whole("cha_vergipntr"))
                .filter(p -> p > 0);
        BigDecimal vat = Fields.decimal(json, "cha_vergi").orElseGet(() ->
                VatTable.vat(net, VatTable.percent(pointer.orElse(6L))));
        int vatPointer = pointer.map(Long::intValue)
                .orElseGet(() -> VatTable.pointerFor(VatTable.impliedPercent(net, vat)));
        vatByPointer.merge(vatPointer, vat, BigDecimal::add);
        return net;
    }

    /** One stock line: checked, completed from the header, its VAT computed when the request leaves it out. */
    private static Row line(Records records, ObjectNode json, Row header, UUID headerGuid, int index,
                            TreeMap<Integer, BigDecimal> vatByPointer) throws SQLException {
        Row line = Row.fromJson(records.table("STOK_HAREKETLERI"), json);
        String stok = Fields.requiredText(json, "sth_stok_kod");
        BigDecimal cardPercent = records.requireStok(stok);
        Fields.decimal(json, "sth_miktar").orElseThrow(() -> MikroError.required("sth_miktar"));
        BigDecimal net = line.decimal("sth_tutar").orElseThrow(() -> MikroError.required("sth_tutar"));
        Optional<String> lineCari = Fields.text(json, "sth_cari_kodu");
        if (lineCari.isPresent() && !lineCari.get().equalsIgnoreCase(header.text("cha_kod"))) {
            records.requireCari(lineCari.get());
        }
        Optional<Long> pointer = line.whole("sth_vergi_pntr").filter(p -> p > 0);
        BigDecimal vat = line.decimal("sth_vergi").orElseGet(() ->
                VatTable.vat(net, pointer.map(VatTable::percent).orElse(cardPercent)));
        int vatPointer = pointer.map(Long::intValue)
                .orElseGet(() -> VatTable.pointerFor(VatTable.impliedPercent(net, vat)));
        vatByPointer.merge(vatPointer, vat, BigDecimal::add);
        boolean credit = header.whole("cha_tip").orElse(0L) == 1;
        line.set("sth_vergi", vat).set("sth_vergi_pntr", (long) vatPointer)
                .setIfAbsent("sth_tarih", header.get("cha_tarihi").orElseThrow())
                .setIfAbsent("sth_evraktip", (long) INVOICE_LINE)
                .setIfAbsent("sth_tip", credit ? 0L : 1L)
                .setIfAbsent("sth_cari_kodu", header.text("cha_kod"))
                .setIfAbsent("sth_belge_no", header.get("cha_belge_no").orElse(null))
                .setIfAbsent("sth_belge_tarih", header.get("cha_belge_tarih").orElse(null))
                .set("sth_evrakno_seri", header.text("cha_evrakno_seri"))
                .set("sth_evrakno_sira", header.whole("cha_evrakno_sira").orElseThrow())
                .set("sth_satirno", (long) index)
                .set("sth_fat_uid", headerGuid);
        records.stampNew(line);
        return line;
    }

    /** Deletes whole documents named by type, series and number; refused for documents sent as e-invoices. */
    static Reply delete(Call call) throws SQLException {
        return call.saveEach("evraklar", (records, evrak) -> {
            long type = Fields.whole(evrak, "cha_evrak_tip").orElse((long) SALES_INVOICE);
            String series = Fields.text(evrak, "cha_evrakno_seri").orElse("");
            long number = Fields.whole(evrak, "cha_evrakno_sira")
                    .orElseThrow(() -> MikroError.required("cha_evrakno_sira"));
            return deleteOne(records, type, series, number);
        });
    }

    private static ObjectNode deleteOne(Records records, long type, String series, long number)
            throws SQLException {
        List<UUID> guids = new ArrayList<>();
        try (PreparedStatement find = records.connection().prepareStatement("SELECT cha_Guid FROM "
                + "CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = ? AND cha_evrakno_seri = ? AND cha_evrakno_sira = ?")) {
            find.setLong(1, type);
            find.setString(2, series);
            find.setLong(3, number);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    guids.add((UUID) rs.getObject(1));
                }
            }
        }
        if (guids.isEmpty()) {
            throw new MikroError(MikroError.NOT_FOUND, "Evrak bulunamadı: " + series + "-" + number);
        }
        for (UUID guid : guids) {
            if (records.exists("SELECT 1 FROM E_BELGELER WHERE eb_cha_Guid = ?", guid)) {
                throw MikroError.badInput("E-belge olarak gönderilmiş evrak silinemez: " + series + "-" + number);
            }
            for (String sql : List.of("DELETE FROM USER_TABLO WHERE ut_kayit_Guid IN "
                            + "(SELECT sth_Guid FROM STOK_HAREKETLERI WHERE sth_fat_uid = ?)",
                    "DELETE FROM STOK_HAREKETLERI WHERE sth_fat_uid = ?",
                    "DELETE FROM USER_TABLO WHERE ut_kayit_Guid = ?",
                    "DELETE FROM CARI_HESAP_HAREKETLERI WHERE cha_Guid = ?")) {
                try (PreparedStatement statement = records.connection().prepareStatement(sql)) {
                    statement.setObject(1, guid);
                    statement.executeUpdate();
                }
            }
        }
        return Bodies.object().put("cha_evrakno_seri", series).put("cha_evrakno_sira", number)
                .put("cha_Guid", guids.get(0).toString());
    }
}
