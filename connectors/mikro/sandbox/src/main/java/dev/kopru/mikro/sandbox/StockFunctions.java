package dev.kopru.mikro.sandbox;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Mikro's stock functions that reports call (mikro.md §12.6), registered in the embedded database under their
 * Mikro names. Movements in ({@code sth_tip} 0) add to the receiving depot, movements out ({@code sth_tip} 1) take
 * from the issuing one; cancelled movements do not count.
 */
public final class StockFunctions {

    private StockFunctions() {
    }

    /**
     * {@code dbo.fn_DepodakiMiktar(stok, depo, tarih)}: the quantity of {@code stok} in depot {@code depo} at the end
     * of {@code tarih} (depot 0: every depot; no date: all movements). Public for H2, which calls it by name.
     */
    public static BigDecimal depodakiMiktar(Connection connection, String stok, Integer depo, Timestamp tarih)
            throws SQLException {
        int depot = depo == null ? 0 : depo;
        String sql = "SELECT COALESCE(SUM(CASE WHEN sth_tip = 0 AND (? = 0 OR sth_giris_depo_no = ?) THEN sth_miktar"
                + " WHEN sth_tip = 1 AND (? = 0 OR sth_cikis_depo_no = ?) THEN -sth_miktar ELSE 0 END), 0)"
                + " FROM STOK_HAREKETLERI WHERE sth_iptal = 0 AND sth_stok_kod = ?"
                + " AND (CAST(? AS TIMESTAMP) IS NULL OR sth_tarih < DATEADD(DAY, 1, CAST(? AS DATE)))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, depot);
            statement.setInt(2, depot);
            statement.setInt(3, depot);
            statement.setInt(4, depot);
            statement.setString(5, stok);
            statement.setTimestamp(6, tarih);
            statement.setTimestamp(7, tarih);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
