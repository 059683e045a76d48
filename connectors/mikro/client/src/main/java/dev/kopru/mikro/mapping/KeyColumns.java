package dev.kopru.mikro.mapping;

import dev.kopru.mikro.client.SqlRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The two columns by which a Mikro table keys a document ({@code <prefix>_evrakno_seri}, {@code _sira}) and the SQL
 * that picks and pages documents by them, kept in one place so that every document table pages the same way.
 */
record KeyColumns(String prefix) {

    /** CARI_HESAP_HAREKETLERI: invoice headers and receipts. */
    static final KeyColumns CHA = new KeyColumns("cha");
    /** STOK_HAREKETLERI: invoice and dispatch-note lines. */
    static final KeyColumns STH = new KeyColumns("sth");
    /** SIPARISLER: order lines. */
    static final KeyColumns SIP = new KeyColumns("sip");

    String seri() {
        return prefix + "_evrakno_seri";
    }

    String sira() {
        return prefix + "_evrakno_sira";
    }

    /** The key of a row. */
    DocumentKey of(SqlRow row) {
        return new DocumentKey(nullToEmpty(row.text(seri())), row.integer(sira()));
    }

    /** A series as read: Mikro's empty series may come back as null. */
    static String nullToEmpty(String seri) {
        return seri == null ? "" : seri;
    }

    /** The condition for one document; {@code field} names the value should its series not be writable as SQL. */
    String is(String field, DocumentKey key) {
        return seri() + " = " + MikroSql.text(field, key.seri()) + " AND " + sira() + " = "
                + MikroSql.number(key.sira());
    }

    /** The condition, in parentheses, for any of these documents. */
    String anyOf(String field, List<DocumentKey> keys) {
        List<String> each = new ArrayList<>();
        for (DocumentKey key : keys) {
            each.add("(" + is(field, key) + ")");
        }
        return "(" + String.join(" OR ", each) + ")";
    }

    /** {@code " AND "} the condition for the documents after {@code after} in key order; empty when it is null. */
    String after(DocumentKey after) {
        if (after == null) {
            return "";
        }
        String seri = MikroSql.text("cursor", after.seri());
        return " AND (" + seri() + " > " + seri + " OR (" + seri() + " = " + seri + " AND " + sira() + " > "
                + MikroSql.number(after.sira()) + "))";
    }

    /**
     * The keys of up to {@code top} documents after {@code after}, for a table where a document is only its lines
     * ({@code from} is the table's {@code FROM ... WHERE ...}).
     */
    String keysPage(int top, String from, DocumentKey after) {
        String key = seri() + ", " + sira();
        // GROUP BY rather than DISTINCT: "SELECT DISTINCT TOP n" is T-SQL that not every SQL engine reads.
        return "SELECT TOP " + top + " " + key + from + after(after) + " GROUP BY " + key + " ORDER BY " + key;
    }
}
