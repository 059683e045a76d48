package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents made of {@code evraklar[].satirlar[]}, one table row per line, all lines of a document sharing its
 * series and number: receipts and payments (TahsilatTediyeKaydetV2/V3 → CARI_HESAP_HAREKETLERI), orders
 * (SiparisKaydetV2 → SIPARISLER) and dispatch notes (IrsaliyeKaydetV2 → STOK_HAREKETLERI), mikro.md §8.6, §8.8, §8.9.
 */
final class MovementOperations {

    /** Where a kind of document lives: its table, column prefix, Mikro file number and default document type. */
    private record Kind(String table, String prefix, String typeColumn, String lineColumn, int fileId, long type) {

        String[] numberColumns() {
            return new String[] {typeColumn, prefix + "_evrakno_seri", prefix + "_evrakno_sira"};
        }
    }

    private static final Kind PAYMENT = new Kind("CARI_HESAP_HAREKETLERI", "cha", "cha_evrak_tip", "cha_satir_no",
            51, 1);
    private static final Kind ORDER = new Kind("SIPARISLER", "sip", "sip_tip", "sip_satirno", 21, 0);
    private static final Kind DISPATCH = new Kind("STOK_HAREKETLERI", "sth", "sth_evraktip", "sth_satirno", 16, 1);

    /** Checks and completes one line before it is numbered. */
    @FunctionalInterface
    private interface LineRule {
        void apply(Records records, ObjectNode json, Row row) throws SQLException;
    }

    private MovementOperations() {
    }

    static List<Operation> all() {
        return List.of(
                Operation.write("TahsilatTediyeKaydetV2", call -> save(call, PAYMENT, MovementOperations::payment)),
                Operation.write("TahsilatTediyeKaydetV3", call -> save(call, PAYMENT, MovementOperations::payment)),
                Operation.write("SiparisKaydetV2", call -> save(call, ORDER, MovementOperations::order)),
                Operation.write("IrsaliyeKaydetV2", call -> save(call, DISPATCH, MovementOperations::dispatch)));
    }

    private static Reply save(Call call, Kind kind, LineRule rule) throws SQLException {
        return call.saveEach("evraklar", (records, evrak) -> saveOne(records, kind, rule, evrak));
    }

    private static ObjectNode saveOne(Records records, Kind kind, LineRule rule, ObjectNode evrak)
            throws SQLException {
        List<ObjectNode> satirlar = Fields.objects(Fields.get(evrak, "satirlar"), "satirlar");
        if (satirlar.isEmpty()) {
            throw MikroError.required("satirlar");
        }
        Tables.Table table = records.table(kind.table());
        List<Row> rows = new ArrayList<>();
        for (ObjectNode json : satirlar) {
            Row row = Row.fromJson(table, json);
            rule.apply(records, json, row);
            rows.add(row);
        }
        Row first = rows.get(0);
        long type = first.whole(kind.typeColumn()).orElse(kind.type());
        String series = first.text(kind.prefix() + "_evrakno_seri");
        long number = records.number(kind.table(), kind.numberColumns(), type, series,
                first.whole(kind.prefix() + "_evrakno_sira"));
        List<UUID> guids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.set(kind.typeColumn(), type).set(kind.prefix() + "_evrakno_seri", series)
                    .set(kind.prefix() + "_evrakno_sira", number).set(kind.lineColumn(), (long) i);
            guids.add(records.stampNew(row));
            records.insert(row);
            records.storeUserTablo(kind.table(), guids.get(i), satirlar.get(i));
        }
        if (kind == PAYMENT) {
            journal(records, rows, series, number);
        }
        records.storeNotes(evrak, kind.fileId(), type, series, number, "");
        return Bodies.object().put(kind.prefix() + "_evrakno_seri", series)
                .put(kind.prefix() + "_evrakno_sira", number)
                .put(kind.prefix() + "_Guid", guids.get(0).toString());
    }

    /** Each receipt line (tahsilat: {@code cha_evrak_tip} 1, {@code cha_tip} 1) posts cash or bank against 120. */
    private static void journal(Records records, List<Row> rows, String series, long number) throws SQLException {
        for (Row row : rows) {
            if (row.whole("cha_evrak_tip").orElse(0L) == 1 && row.whole("cha_tip").orElse(0L) == 1) {
                LocalDateTime date = (LocalDateTime) row.get("cha_tarihi").orElseThrow();
                records.journal().receipt(date.toLocalDate(), records.now(), new Journal.Source(1, series, number,
                        "Tahsilat " + row.text("cha_kod")), row.whole("cha_kasa_hizmet").orElse(4L) == 2,
                        row.decimal("cha_meblag").orElseThrow().setScale(2, RoundingMode.HALF_UP));
            }
        }
    }

    /** A receipt or payment line: a known customer and a positive amount. */
    private static void payment(Records records, ObjectNode json, Row row) throws SQLException {
        records.requireCari(Fields.requiredText(json, "cha_kod"));
        BigDecimal amount = row.decimal("cha_meblag").orElseThrow(() -> MikroError.required("cha_meblag"));
        if (amount.signum() <= 0) {
            throw MikroError.invalid("cha_meblag", "sıfırdan büyük olmalıdır: " + amount.toPlainString());
        }
        row.setIfAbsent("cha_tarihi", records.now().toLocalDate().atStartOfDay())
                .setIfAbsent("cha_aciklama", Fields.text(json, "aciklama").orElse(null));
    }

    /** An order line: a known customer and item, a quantity; the amount from price and VAT from the item card. */
    private static void order(Records records, ObjectNode json, Row row) throws SQLException {
        records.requireCari(Fields.requiredText(json, "sip_musteri_kod"));
        BigDecimal cardPercent = records.requireStok(Fields.requiredText(json, "sip_stok_kod"));
        BigDecimal quantity = row.decimal("sip_miktar").orElseThrow(() -> MikroError.required("sip_miktar"));
        if (!row.has("sip_tutar")) {
            BigDecimal price = row.decimal("sip_b_fiyat").orElseThrow(() -> MikroError.required("sip_b_fiyat"));
            row.set("sip_tutar", quantity.multiply(price).setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal net = row.decimal("sip_tutar").orElseThrow();
        Optional<Long> pointer = row.whole("sip_vergi_pntr").filter(p -> p > 0);
        BigDecimal percent = pointer.map(VatTable::percent).orElse(cardPercent);
        boolean vatFree = row.whole("sip_vergisiz_fl").orElse(0L) == 1;
        row.setIfAbsent("sip_vergi", vatFree ? BigDecimal.ZERO : VatTable.vat(net, percent))
                .setIfAbsent("sip_vergi_pntr", (long) VatTable.pointerFor(percent))
                .setIfAbsent("sip_tarih", records.now().toLocalDate().atStartOfDay());
    }

    /** A dispatch-note line: a known item, a quantity, a known customer when one is named. */
    private static void dispatch(Records records, ObjectNode json, Row row) throws SQLException {
        records.requireStok(Fields.requiredText(json, "sth_stok_kod"));
        row.decimal("sth_miktar").orElseThrow(() -> MikroError.required("sth_miktar"));
        Optional<String> cari = Fields.text(json, "sth_cari_kodu");
        if (cari.isPresent()) {
            records.requireCari(cari.get());
        }
        row.setIfAbsent("sth_tarih", records.now().toLocalDate().atStartOfDay());
    }
}
