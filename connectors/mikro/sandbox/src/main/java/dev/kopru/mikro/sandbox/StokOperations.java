package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Items (stok): StokListesiV2 and StokKaydetV2 with barcodes and sales prices (mikro.md §8.4). */
final class StokOperations {

    private static final String TABLE = "STOKLAR";

    private StokOperations() {
    }

    static List<Operation> all() {
        return List.of(
                Operation.read("StokListesiV2", StokOperations::list),
                Operation.write("StokKaydetV2", StokOperations::save));
    }

    /** {@code StokKod} (prefix), the date window, Sort, Size, Index; rows in {@code Data.StokListesi}. */
    static Reply list(Call call) throws SQLException {
        Listing listing = new Listing(call.db().tables().table(TABLE), "sto_kod").paging(call).dateWindow(call);
        Fields.text(call.scope("StokKod"), "StokKod")
                .ifPresent(kod -> listing.where("sto_kod LIKE ? ESCAPE '\\'", Listing.startsWith(kod)));
        ArrayNode rows = call.services().malformed().served(call.db().read(listing::read), "sto_kod",
                "sto_doviz_cinsi");
        return Reply.data(Bodies.object().set("StokListesi", rows));
    }

    static Reply save(Call call) throws SQLException {
        return call.saveEach("stoklar", StokOperations::saveOne);
    }

    private static ObjectNode saveOne(Records records, ObjectNode stok) throws SQLException {
        String kod = Fields.requiredText(stok, "sto_kod");
        Fields.requiredText(stok, "sto_isim");
        if (records.exists("SELECT 1 FROM STOKLAR WHERE sto_kod = ?", kod)) {
            throw MikroError.badInput("Bu stok kodu zaten kayıtlı: " + kod);
        }
        Row row = Row.fromJson(records.table(TABLE), stok);
        UUID guid = records.stampNew(row);
        records.insert(row);
        for (ObjectNode barkod : Fields.objects(Fields.get(stok, "barkodlar"), "barkodlar")) {
            String code = Fields.requiredText(barkod, "bar_kodu");
            if (records.exists("SELECT 1 FROM BARKOD_TANIMLARI WHERE bar_kodu = ?", code)) {
                throw MikroError.badInput("Bu barkod zaten kayıtlı: " + code);
            }
            Row bar = Row.fromJson(records.table("BARKOD_TANIMLARI"), barkod).set("bar_stokkodu", kod);
            records.stampNew(bar);
            records.insert(bar);
        }
        for (ObjectNode fiyat : Fields.objects(Fields.get(stok, "satis_fiyatlari"), "satis_fiyatlari")) {
            Fields.decimal(fiyat, "sfiyat_fiyati").orElseThrow(() -> MikroError.required("sfiyat_fiyati"));
            Row price = Row.fromJson(records.table("STOK_SATIS_FIYAT_LISTELERI"), fiyat).set("sfiyat_stokkod", kod);
            records.stampNew(price);
            records.insert(price);
        }
        records.storeUserTablo(TABLE, guid, stok);
        return Bodies.object().put("sto_kod", kod).put("sto_Guid", guid.toString());
    }
}
