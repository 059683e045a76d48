package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists and SQL reads (mikro.md §8.11): VergiListesiV2 lists the VAT table; SqlVeriOkuV2 runs one caller SELECT with read-only rights, bounded in rows and time;
 * KayıtOkuV2 reads a table's records changed in a date range, in its own {@code {"success":true,"data":[...]}} shape.
 */
final class SqlOperations {

    /** Rows a SqlVeriOkuV2 answer carries at most; the rest is cut (callers page with TOP/OFFSET). */
    static final int MAX_SQL_ROWS = 10_000;
    static final int SQL_TIMEOUT_SECONDS = 10;
    static final int KAYIT_OKU_DEFAULT_SIZE = 100;
    static final int KAYIT_OKU_MAX_SIZE = 500;

    /**
     * KayıtOkuV2's {@code TableNo} is Mikro's file number ({@code *_fileid}): 31 cari, 51 cari movements and 16 stock
     * movements are seen in live databases; 13 items and 21 orders are [inference].
     */
    static final Map<Integer, String> TABLE_NUMBERS = Map.of(
            31, "CARI_HESAPLAR", 13, "STOKLAR", 51, "CARI_HESAP_HAREKETLERI", 16, "STOK_HAREKETLERI",
            21, "SIPARISLER", 66, "EVRAK_ACIKLAMALARI");

    private SqlOperations() {
    }

    static List<Operation> all() {
        return List.of(
                Operation.read("VergiListesiV2", SqlOperations::vergiListesi),
                Operation.read("SqlVeriOkuV2", SqlOperations::sqlVeriOku),
                Operation.read("KayıtOkuV2", SqlOperations::kayitOku).shaped(Operation.Shape.SUCCESS_DATA));
    }

    /**
     * {@code Data.VergiListesi}: pointer, percent and name of each VAT rate, read from the company's table (the
     * {@code Data.<Name>Listesi} shape of the other lists; Mikro documents no response here [inference]).
     */
    static Reply vergiListesi(Call call) throws SQLException {
        ArrayNode rows = call.db().read(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                    "SELECT vrg_pntr AS VergiPntr, vrg_oran AS VergiOrani, vrg_isim AS VergiAdi "
                            + "FROM VERGI_ORANLARI ORDER BY vrg_pntr")) {
                return JsonRows.read(rs, 100);
            }
        });
        return Reply.data(Bodies.object().set("VergiListesi", rows));
    }

    /**
     * {@code Data = [{"SQLResult1": [rows]}]}, columns named as written or aliased. A query that fails answers in
     * SQL Server's words with StatusCode 401 (mikro.md §12.2), or with no rows when the options say so.
     */
    static Reply sqlVeriOku(Call call) throws SQLException {
        JsonNode place = call.scope("SQLSorgu");
        String sql = Fields.text(place, "SQLSorgu")
                .orElseThrow(() -> MikroError.badInput("SQLSorgu parametresi gönderilmelidir !"));
        String select = SqlText.singleSelect(sql);
        String statementText;
        try {
            statementText = TSql.toH2(select);
        } catch (TSql.Untranslatable e) {
            throw SqlErrors.ofCallerQuery(e.getMessage());
        }
        boolean inferred = call.services().options().inferredReplies();
        ArrayNode rows;
        try {
            rows = call.db().readAsCaller(connection -> {
                try (Statement statement = connection.createStatement();
                     Watchdog watchdog = Watchdog.cancelAfter(statement, SQL_TIMEOUT_SECONDS)) {
                    statement.setMaxRows(MAX_SQL_ROWS);
                    try (ResultSet rs = statement.executeQuery(statementText)) {
                        return inferred ? JsonRows.read(rs, MAX_SQL_ROWS) : JsonRows.readAsSqlServer(rs, MAX_SQL_ROWS,
                                call.services().options().decimalsInShortestForm() ? Set.of() : TSql.decimalTyped(select));
                    }
                }
            });
        } catch (SQLException e) {
            if (call.services().options().sqlErrorsAsEmptyResult() && SqlErrors.unknownName(e)) {
                rows = Bodies.array();
            } else {
                throw SqlErrors.ofCallerQuery(e);
            }
        }
        ArrayNode data = Bodies.array();
        data.addObject().set("SQLResult1", rows);
        return Reply.data(data);
    }

    /** Records of {@code TableNo} whose change date is within ChangeStartDate..ChangeEndDate, oldest change first. */
    static Reply kayitOku(Call call) throws SQLException {
        long tableNo = Fields.whole(call.scope("TableNo"), "TableNo").orElseThrow(() -> MikroError.required("TableNo"));
        String table = TABLE_NUMBERS.get((int) tableNo);
        if (table == null) {
            throw MikroError.invalid("TableNo", "desteklenmeyen tablo numarası: " + tableNo);
        }
        Optional<LocalDate> from = Fields.date(call.scope("ChangeStartDate"), "ChangeStartDate");
        Optional<LocalDate> to = Fields.date(call.scope("ChangeEndDate"), "ChangeEndDate");
        if (from.isEmpty()) {
            throw MikroError.required("ChangeStartDate");
        }
        if (to.isEmpty()) {
            throw MikroError.required("ChangeEndDate");
        }
        long size = Fields.whole(call.scope("Size"), "Size").filter(s -> s > 0).orElse((long) KAYIT_OKU_DEFAULT_SIZE);
        int pageSize = (int) Math.min(size, KAYIT_OKU_MAX_SIZE);
        long index = Math.max(0, Fields.whole(call.scope("Index"), "Index").orElse(0L));
        Tables.Table meta = call.db().tables().table(table);
        String changed = meta.standard("lastup_date").name();
        String sql = "SELECT * FROM " + table + " WHERE " + changed + " >= ? AND " + changed + " < ? ORDER BY "
                + changed + ", " + meta.standard("RECno").name() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        ArrayNode rows = call.db().read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, from.get().atStartOfDay());
                statement.setObject(2, to.get().plusDays(1).atStartOfDay());
                statement.setLong(3, index * pageSize);
                statement.setInt(4, pageSize);
                try (ResultSet rs = statement.executeQuery()) {
                    return JsonRows.read(rs, pageSize);
                }
            }
        });
        return Reply.raw(Bodies.object().put("success", true).set("data", rows));
    }
}
