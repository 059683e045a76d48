package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * {@code GET /_sandbox/mikro-invoices?prefix=FB&column=cha_belge_no&type=63}: how many documents of
 * {@code cha_evrak_tip} {@code type} (63 sales invoices, the default; 1 cash receipts) carry each document number (the
 * caller's natural key) starting with {@code prefix}; {@code GET /_sandbox/mikro-cards?prefix=120.WR.}: how many cari
 * cards with a code starting with {@code prefix} carry each tax id. So a test proves "exactly once" from the sandbox's
 * own tables rather than through the connector under test. Outside Mikro's paths, like the kit's admin API.
 */
final class DocumentNumbers {

    static final String PATH = "/_sandbox/mikro-invoices";
    static final String CARDS = "/_sandbox/mikro-cards";
    private static final Pattern COLUMN = Pattern.compile("cha_[A-Za-z_]{1,40}");
    private static final int SALES_INVOICE = 63;

    private final MikroDatabase db;

    DocumentNumbers(MikroDatabase db) {
        this.db = db;
    }

    void handle(Context ctx) {
        String prefix = ctx.queryParamAsClass("prefix", String.class).getOrDefault("");
        String column = ctx.queryParamAsClass("column", String.class).getOrDefault("cha_belge_no");
        if (!COLUMN.matcher(column).matches()) {
            SandboxJson.respond(ctx, 400, SandboxJson.object().put("field", "column")
                    .put("message", "column must be a cha_ column name, was '" + column + "'"));
            return;
        }
        int type = ctx.queryParamAsClass("type", Integer.class).getOrDefault(SALES_INVOICE);
        count(ctx, "SELECT " + column + ", COUNT(*) FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = " + type
                + " AND cha_iptal = 0 AND " + column + " LIKE ? GROUP BY " + column + " ORDER BY " + column, prefix,
                SandboxJson.object().put("prefix", prefix).put("column", column).put("type", type), "invoices");
    }

    void cards(Context ctx) {
        String prefix = ctx.queryParamAsClass("prefix", String.class).getOrDefault("");
        count(ctx, "SELECT cari_vdaire_no, COUNT(*) FROM CARI_HESAPLAR WHERE cari_kod LIKE ? GROUP BY cari_vdaire_no"
                + " ORDER BY cari_vdaire_no", prefix, SandboxJson.object().put("prefix", prefix), "cards");
    }

    private void count(Context ctx, String sql, String prefix, ObjectNode answer, String name) {
        ObjectNode numbers = SandboxJson.object();
        try {
            db.read(connection -> {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            numbers.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            SandboxJson.respond(ctx, 400, SandboxJson.object().put("field", "column").put("message", e.getMessage()));
            return;
        }
        SandboxJson.respond(ctx, 200, answer.set(name, numbers));
    }
}
