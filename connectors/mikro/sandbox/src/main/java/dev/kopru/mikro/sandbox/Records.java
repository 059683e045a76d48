package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What every write needs: looking up the cards a document refers to, document numbers, the standard columns of a
 * new row, {@code user_tablo}, document notes and the demo-licence limit. Runs inside the caller's transaction.
 */
final class Records {

    private final Connection connection;
    private final Tables tables;
    private final LocalDateTime now;
    private final boolean demoLicenceLimit;
    private Journal journal;

    Records(Connection connection, Services services, Tables tables) {
        this.connection = connection;
        this.tables = tables;
        this.now = services.now();
        this.demoLicenceLimit = services.options().demoLicenceLimit();
    }

    /** The ledger this request's documents post to; opened on first use, flushed by {@link #close()}. */
    Journal journal() throws SQLException {
        if (journal == null) {
            journal = new Journal(connection);
        }
        return journal;
    }

    /** Writes what is still batched (the journal lines) before the request's transaction commits. */
    void close() throws SQLException {
        if (journal != null) {
            journal.close();
        }
    }

    Tables.Table table(String name) {
        return tables.table(name);
    }

    LocalDateTime now() {
        return now;
    }

    /** Refuses a document that names a customer the company does not have, in the sandbox's wording. */
    void requireCari(String kod) throws SQLException {
        if (!exists("SELECT 1 FROM CARI_HESAPLAR WHERE cari_kod = ?", kod)) {
            throw MikroError.badInput("Cari bulunamadı: " + kod);
        }
    }

    /** The stock card's VAT percent ({@code sto_toptan_vergi}); refuses an unknown code as real servers do (§12.2). */
    BigDecimal requireStok(String kod) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT sto_toptan_vergi FROM STOKLAR WHERE sto_kod = ?")) {
            statement.setString(1, kod);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw MikroError.badInput("Stok kodu bulunamadı!");
                }
                return BigDecimal.valueOf(rs.getInt(1));
            }
        }
    }

    boolean exists(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The number of a new document: the explicit one if free (a taken one is refused), otherwise the highest used
     * for this type and series plus one. {@code columns} are the table's type, series and number columns.
     */
    long number(String table, String[] columns, long type, String series, Optional<Long> explicit)
            throws SQLException {
        String where = " FROM " + table + " WHERE " + columns[0] + " = ? AND " + columns[1] + " = ?";
        if (explicit.isPresent() && explicit.get() > 0) {
            if (exists("SELECT 1" + where + " AND " + columns[2] + " = ?", type, series, explicit.get())) {
                throw MikroError.badInput("Bu evrak numarası zaten kullanılmış: " + series + "-" + explicit.get());
            }
            return explicit.get();
        }
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT COALESCE(MAX(" + columns[2] + "), 0)" + where)) {
            statement.setLong(1, type);
            statement.setString(2, series);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) + 1;
            }
        }
    }

    /** Sets the columns Mikro fills itself: Guid (unless the client chose one), create and change dates. */
    UUID stampNew(Row row) {
        String prefix = row.table().prefix();
        row.remove(prefix + "_RECno");
        UUID guid = row.get(prefix + "_Guid").map(UUID.class::cast).orElseGet(UUID::randomUUID);
        row.set(prefix + "_Guid", guid);
        row.set(prefix + "_create_date", now);
        row.set(prefix + "_lastup_date", now);
        return guid;
    }

    void insert(Row row) throws SQLException {
        if (demoLicenceLimit) {
            checkDemoLicence(row.table().name());
        }
        row.insert(connection);
    }

    private void checkDemoLicence(String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            if (rs.getLong(1) >= MikroSandboxOptions.DEMO_LICENCE_RECORDS) {
                throw MikroError.badInput("Demo lisans ile bir tabloya en fazla "
                        + MikroSandboxOptions.DEMO_LICENCE_RECORDS + " kayıt girilebilir (" + table + ")");
            }
        }
    }

    /** Stores {@code user_tablo} (object or array of objects) verbatim, keys trimmed, against a record. */
    void storeUserTablo(String table, UUID record, JsonNode owner) throws SQLException {
        for (ObjectNode values : Fields.objects(Fields.get(owner, "user_tablo"), "user_tablo")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Row row = new Row(table("USER_TABLO"));
                stampNew(row);
                row.set("ut_tablo", table).set("ut_kayit_Guid", record).set("ut_alan", field.getKey().trim())
                        .set("ut_deger", field.getValue().isNull() ? null
                                : field.getValue().isValueNode() ? field.getValue().asText()
                                : field.getValue().toString());
                row.insert(connection);
            }
        }
    }

    /** Stores {@code evrak_aciklamalari[].aciklama} as Mikro's document notes (egk_evracik1..5). */
    void storeNotes(JsonNode evrak, int fileId, long type, String series, long number, String ownerCode)
            throws SQLException {
        List<ObjectNode> notes = Fields.objects(Fields.get(evrak, "evrak_aciklamalari"), "evrak_aciklamalari");
        if (notes.isEmpty()) {
            return;
        }
        Row row = new Row(table("EVRAK_ACIKLAMALARI"));
        stampNew(row);
        row.set("egk_dosyano", fileId).set("egk_evr_tip", type).set("egk_evr_seri", series)
                .set("egk_evr_sira", number).set("egk_evr_ustkod", ownerCode);
        for (int i = 0; i < Math.min(5, notes.size()); i++) {
            row.set("egk_evracik" + (i + 1), Batch.cut(Fields.text(notes.get(i), "aciklama").orElse(""), 127));
        }
        row.insert(connection);
    }

    Connection connection() {
        return connection;
    }
}
