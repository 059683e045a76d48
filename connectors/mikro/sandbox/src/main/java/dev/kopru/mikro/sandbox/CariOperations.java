package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/** Customers and suppliers (cari): CariListesiV2, CariListesiV3, CariKaydetV2, CariGuncelleV2 (mikro.md §8.2). */
final class CariOperations {

    private static final String TABLE = "CARI_HESAPLAR";

    private CariOperations() {
    }

    static List<Operation> all() {
        return List.of(
                Operation.read("CariListesiV2", CariOperations::listV2),
                Operation.read("CariListesiV3", CariOperations::listV3),
                Operation.write("CariKaydetV2", CariOperations::save),
                Operation.write("CariGuncelleV2", CariOperations::update));
    }

    /** {@code FieldName} picks columns, {@code WhereStr} is a raw WHERE condition run with read-only rights. */
    static Reply listV2(Call call) throws SQLException {
        Tables.Table table = call.db().tables().table(TABLE);
        Listing listing = new Listing(table, "cari_kod").paging(call);
        Optional<String> fields = Fields.text(call.scope("FieldName"), "FieldName");
        if (fields.isPresent()) {
            StringJoiner columns = new StringJoiner(", ");
            for (String name : fields.get().split(",")) {
                if (!name.isBlank()) {
                    columns.add(table.column(name.trim())
                            .orElseThrow(() -> MikroError.invalid("FieldName", "bilinmeyen alan: " + name.trim()))
                            .name());
                }
            }
            listing.columns(columns.toString());
        }
        Optional<String> where = Fields.text(call.scope("WhereStr"), "WhereStr");
        if (where.isPresent()) {
            SqlText.checkWhere(where.get());
            listing.where("(" + where.get() + ")");
        }
        try {
            return Reply.data(Bodies.object().set("CariListesi", call.db().readAsCaller(listing::read)));
        } catch (SQLException e) {
            throw SqlErrors.ofCallerQuery(e);
        }
    }

    /**
     * {@code CariKod} and {@code CariVKNTCNo} (each an exact match: real servers do not read CariKod as a prefix,
     * mikro.md §12.5), the date window, Sort, Size, Index.
     */
    static Reply listV3(Call call) throws SQLException {
        Listing listing = new Listing(call.db().tables().table(TABLE), "cari_kod").paging(call).dateWindow(call);
        Fields.text(call.scope("CariKod"), "CariKod").ifPresent(kod -> listing.where("cari_kod = ?", kod));
        Fields.text(call.scope("CariVKNTCNo"), "CariVKNTCNo")
                .ifPresent(no -> listing.where("(cari_vdaire_no = ? OR cari_VergiKimlikNo = ?)", no, no));
        ArrayNode rows = call.services().malformed().served(call.db().read(listing::read), "cari_kod",
                "cari_doviz_cinsi1");
        return Reply.data(Bodies.object().set("CariListesi", rows));
    }

    /** Inserts each of {@code cariler} with its {@code adres[]} (each with {@code yetkili[]}) and {@code yetkili[]}. */
    static Reply save(Call call) throws SQLException {
        return call.saveEach("cariler", CariOperations::saveOne);
    }

    private static ObjectNode saveOne(Records records, ObjectNode cari) throws SQLException {
        Row row = Row.fromJson(records.table(TABLE), cari);
        String kod = Fields.requiredText(cari, "cari_kod");
        Fields.requiredText(cari, "cari_unvan1");
        if (records.exists("SELECT 1 FROM CARI_HESAPLAR WHERE cari_kod = ?", kod)) {
            throw MikroError.badInput("Bu cari kodu zaten kayıtlı: " + kod);
        }
        UUID guid = records.stampNew(row);
        records.insert(row);
        List<ObjectNode> addresses = new ArrayList<>(Fields.objects(Fields.get(cari, "adres"), "adres"));
        addresses.addAll(Fields.objects(Fields.get(cari, "adresler"), "adresler"));
        for (int i = 0; i < addresses.size(); i++) {
            ObjectNode address = addresses.get(i);
            Row adr = Row.fromJson(records.table("CARI_HESAP_ADRESLERI"), address);
            adr.set("adr_cari_kod", kod).setIfAbsent("adr_adres_no", (long) i + 1);
            records.stampNew(adr);
            records.insert(adr);
            long addressNo = adr.whole("adr_adres_no").orElse((long) i + 1);
            saveContacts(records, kod, addressNo, Fields.get(address, "yetkili"));
        }
        saveContacts(records, kod, 1, Fields.get(cari, "yetkili"));
        records.storeUserTablo(TABLE, guid, cari);
        return Bodies.object().put("cari_kod", kod).put("cari_Guid", guid.toString());
    }

    private static void saveContacts(Records records, String kod, long addressNo, JsonNode contacts)
            throws SQLException {
        for (ObjectNode contact : Fields.objects(contacts, "yetkili")) {
            Row mye = Row.fromJson(records.table("CARI_HESAP_YETKILILERI"), contact);
            mye.set("mye_cari_kod", kod).setIfAbsent("mye_adres_no", addressNo);
            records.stampNew(mye);
            records.insert(mye);
        }
    }

    /**
     * Updates each of {@code cariler}, found by {@code cari_Guid} as documented or, failing that, by {@code cari_kod}
     * (a sandbox convenience). The code itself cannot change: documents refer to it.
     */
    static Reply update(Call call) throws SQLException {
        return call.saveEach("cariler", CariOperations::updateOne);
    }

    private static ObjectNode updateOne(Records records, ObjectNode cari) throws SQLException {
        Optional<UUID> guid = Values.uuid(Fields.get(cari, "cari_Guid"), "cari_Guid");
        Optional<String> kod = Fields.text(cari, "cari_kod");
        if (guid.isEmpty() && kod.isEmpty()) {
            throw MikroError.required("cari_Guid");
        }
        String[] current = guid.isPresent()
                ? find(records.connection(), "cari_Guid", guid.get())
                : find(records.connection(), "cari_kod", kod.get());
        if (current == null) {
            throw new MikroError(MikroError.NOT_FOUND, "Cari bulunamadı: " + guid.map(UUID::toString).orElse(kod.get()));
        }
        if (kod.isPresent() && !kod.get().equalsIgnoreCase(current[1])) {
            throw MikroError.invalid("cari_kod", "değiştirilemez (" + current[1] + ")");
        }
        Row row = Row.fromJson(records.table(TABLE), cari);
        for (String fixed : List.of("cari_Guid", "cari_kod", "cari_RECno", "cari_create_date")) {
            row.remove(fixed);
        }
        row.set("cari_lastup_date", records.now());
        row.update(records.connection(), "cari_Guid", UUID.fromString(current[0]));
        records.storeUserTablo(TABLE, UUID.fromString(current[0]), cari);
        return Bodies.object().put("cari_kod", current[1]).put("cari_Guid", current[0]);
    }

    /** The Guid and code of the customer whose {@code column} equals {@code value}, or null. */
    private static String[] find(Connection connection, String column, Object value) throws SQLException {
        String sql = "SELECT cari_Guid, cari_kod FROM CARI_HESAPLAR WHERE " + column + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new String[] {rs.getObject(1).toString(), rs.getString(2)} : null;
            }
        }
    }
}
