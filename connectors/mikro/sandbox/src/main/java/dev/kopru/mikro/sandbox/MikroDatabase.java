package dev.kopru.mikro.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The sandbox's own embedded H2 database in SQL Server mode, one per sandbox instance (in memory, unique name), with
 * Mikro's tables. Writes are serialised and run in one transaction per request, so a document with one bad line
 * writes nothing and document numbers never collide. User SQL (SqlVeriOkuV2, WhereStr) runs as a second database
 * user that may only SELECT, which is what makes it read-only (a JDBC read-only flag is only a hint in H2).
 */
final class MikroDatabase implements AutoCloseable {

    /** A unit of work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final String READER = "MIKRO_OKUR";

    private static final List<String> TABLES = List.of("CARI_HESAPLAR", "CARI_HESAP_ADRESLERI",
            "CARI_HESAP_YETKILILERI", "STOKLAR", "BARKOD_TANIMLARI", "STOK_SATIS_FIYAT_LISTELERI", "DEPOLAR",
            "CARI_HESAP_HAREKETLERI", "STOK_HAREKETLERI", "SIPARISLER", "EVRAK_ACIKLAMALARI", "USER_TABLO",
            "E_BELGELER", "GELEN_E_FATURALAR", "VERGI_ORANLARI", "MUHASEBE_HESAP_PLANI", "MUHASEBE_FISLERI",
            "MUHASEBE_FIS_DETAYLARI", "BANKALAR", "KASALAR", "ODEME_PLANLARI", "FIRMALAR", "SORUMLULUK_MERKEZLERI",
            "KREDI_SOZLESMESI_TANIMLARI", "KREDI_SOZLESMESI_TAKSIT_TANIMLARI");

    /** Quantity on hand per item and depot, from the movements (mikro.md §12.6; its columns are [inference]). */
    private static final String ON_HAND_VIEW = "CREATE VIEW STOK_HAREKETTEN_ELDEKI_MIKTAR_VIEW AS"
            + " SELECT sth_stok_kod, depo AS sth_depo_no, SUM(miktar) AS sth_eldeki_miktar FROM ("
            + " SELECT sth_stok_kod, sth_giris_depo_no AS depo, sth_miktar AS miktar FROM STOK_HAREKETLERI"
            + " WHERE sth_iptal = 0 AND sth_tip = 0"
            + " UNION ALL SELECT sth_stok_kod, sth_cikis_depo_no, -sth_miktar FROM STOK_HAREKETLERI"
            + " WHERE sth_iptal = 0 AND sth_tip = 1) m GROUP BY sth_stok_kod, depo";

    private final String url;
    private final JdbcDataSource owner = new JdbcDataSource();
    /**
     * The owner's open connections, most recently used first. Not H2's pool: it rolls back on every borrow and
     * return, and a rollback empties the session's statement cache, so every request parsed its SQL again.
     */
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile JdbcConnectionPool reader;
    private final String readerPassword;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Tables tables;
    private final AtomicBoolean closed = new AtomicBoolean();

    MikroDatabase() {
        this.url = "jdbc:h2:mem:mikro-" + UUID.randomUUID();
        this.readerPassword = randomPassword();
        // The settings are the database's; only an admin may apply them, so the reader's URL carries none.
        owner.setURL(url + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE"
                + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1");
        owner.setUser("sa");
        owner.setPassword(randomPassword());
        this.reader = readerPool();
    }

    /** The Mikro tables, in the order they are created. */
    static List<String> tableNames() {
        return TABLES;
    }

    Tables tables() {
        return tables;
    }

    /** Drops everything and creates the empty schema; the caller seeds. */
    void recreate() throws SQLException {
        writeLock.lock();
        Connection connection = borrow();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
            for (String ddl : schema().split(";\\s*\\n")) {
                if (!ddl.isBlank()) {
                    statement.execute(CommonColumns.addTo(ddl));
                }
            }
            statement.execute(ON_HAND_VIEW);
            // Mikro's SQL is often written against dbo.TABLE; give those names too.
            statement.execute("CREATE SCHEMA dbo");
            for (String table : TABLES) {
                statement.execute("CREATE VIEW dbo." + table + " AS SELECT * FROM PUBLIC." + table);
            }
            statement.execute("CREATE VIEW dbo.STOK_HAREKETTEN_ELDEKI_MIKTAR_VIEW AS SELECT * FROM "
                    + "PUBLIC.STOK_HAREKETTEN_ELDEKI_MIKTAR_VIEW");
            statement.execute("CREATE ALIAS dbo.fn_DepodakiMiktar FOR '" + StockFunctions.class.getName()
                    + ".depodakiMiktar'");
            for (String ddl : TSqlFunctions.aliases()) {
                statement.execute(ddl);
            }
            for (String ddl : TSql.catalogueViews()) {
                statement.execute(ddl);
            }
            statement.execute("CREATE USER " + READER + " PASSWORD '" + readerPassword + "'");
            statement.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER);
            statement.execute("GRANT SELECT ON SCHEMA dbo TO " + READER);
            statement.execute("GRANT SELECT ON SCHEMA MIKRO_KATALOG TO " + READER);
            tables = Tables.read(connection);
            // Connections of the dropped reader user must not be reused.
            JdbcConnectionPool old = reader;
            reader = readerPool();
            old.dispose();
        } finally {
            giveBack(connection);
            writeLock.unlock();
        }
    }

    /** Runs {@code work} alone among writers, in one transaction: all of it commits or none of it. */
    <T> T write(Work<T> work) throws SQLException {
        writeLock.lock();
        Connection connection = borrow();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            giveBack(connection);
            writeLock.unlock();
        }
    }

    /** Runs trusted reads of the sandbox itself. */
    <T> T read(Work<T> work) throws SQLException {
        Connection connection = borrow();
        try {
            return work.run(connection);
        } finally {
            giveBack(connection);
        }
    }

    /** Runs SQL written by the caller, as the user that may only SELECT. */
    <T> T readAsCaller(Work<T> work) throws SQLException {
        try (Connection connection = reader.getConnection()) {
            return work.run(connection);
        }
    }

    /** Drops the in-memory database; closing twice is harmless. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (Connection connection = borrow(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already gone: nothing left to release
        } finally {
            reader.dispose();
            idle.clear();
        }
    }

    /** An idle owner connection, or a new one when every one is in use. */
    private Connection borrow() throws SQLException {
        Connection connection = idle.pollFirst();
        return connection != null ? connection : owner.getConnection();
    }

    private void giveBack(Connection connection) {
        if (!closed.get()) {
            idle.addFirst(connection);
        }
    }

    private JdbcConnectionPool readerPool() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url + ";IFEXISTS=TRUE", READER, readerPassword);
        pool.setMaxConnections(16);
        return pool;
    }

    private static String schema() {
        try (InputStream in = MikroDatabase.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the sandbox jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("(?m)--.*$", "");
        } catch (IOException e) {
            throw new IllegalStateException("schema.sql could not be read", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
