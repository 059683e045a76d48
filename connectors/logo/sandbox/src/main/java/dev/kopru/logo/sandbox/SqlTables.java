package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox's records as Logo's own tables, so that {@code queries?tsql=} runs real SELECTs (logo.md §4.5): an
 * embedded H2 database in SQL Server mode with {@code LG_<firm>_CLCARD}, {@code LG_<firm>_ITEMS},
 * {@code LG_<firm>_<period>_INVOICE}, {@code LG_<firm>_<period>_STLINE} and {@code LG_<firm>_<period>_CLFLINE},
 * refreshed from the data objects before each query. Column names are Logo's (CODE, DEFINITION_, TAXNR, FICHENO,
 * DATE_, TRCODE, ...) [inference beyond the CODE, NAME and CARDTYPE logo.md shows]. Queries run as a database user
 * that may only SELECT, which is what makes them read-only.
 */
final class SqlTables implements AutoCloseable {

    private static final String READER = "LOGO_READER";
    /** Invoice types that credit the cari: purchases and sales returns (logo.md §6.3's TRCODE list). */
    private static final java.util.Set<Integer> CREDITING_INVOICES = java.util.Set.of(1, 2, 3, 4, 5, 13, 26);

    private final String url = "jdbc:h2:mem:logo-" + UUID.randomUUID();
    private final String readerPassword = password();
    private final Connection owner;
    private final String clcard;
    private final String items;
    private final String invoice;
    private final String stline;
    private final String clfline;

    SqlTables(int firmNo) {
        String firm = String.format("LG_%03d", firmNo);
        this.clcard = firm + "_CLCARD";
        this.items = firm + "_ITEMS";
        this.invoice = firm + "_01_INVOICE";
        this.stline = firm + "_01_STLINE";
        this.clfline = firm + "_01_CLFLINE";
        try {
            owner = DriverManager.getConnection(url + ";MODE=MSSQLServer;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1", "sa",
                    password());
            try (Statement ddl = owner.createStatement()) {
                ddl.execute("CREATE TABLE " + clcard + " (LOGICALREF INT PRIMARY KEY, ACTIVE SMALLINT,"
                        + " CARDTYPE SMALLINT, CODE VARCHAR(101), DEFINITION_ VARCHAR(201), TAXNR VARCHAR(16),"
                        + " TAXOFFICE VARCHAR(31), TCKNO VARCHAR(16), ADDR1 VARCHAR(201), TOWN VARCHAR(51),"
                        + " CITY VARCHAR(51), COUNTRY VARCHAR(51), POSTCODE VARCHAR(11), TELNRS1 VARCHAR(51),"
                        + " EMAILADDR VARCHAR(251), CAPIBLOCK_MODIFIEDDATE TIMESTAMP)");
                ddl.execute("CREATE TABLE " + items + " (LOGICALREF INT PRIMARY KEY, ACTIVE SMALLINT,"
                        + " CARDTYPE SMALLINT, CODE VARCHAR(101), NAME VARCHAR(201), STGRPCODE VARCHAR(51),"
                        + " VAT DECIMAL(9,2), CAPIBLOCK_MODIFIEDDATE TIMESTAMP)");
                ddl.execute("CREATE TABLE " + invoice + " (LOGICALREF INT PRIMARY KEY, TRCODE SMALLINT,"
                        + " FICHENO VARCHAR(17), DATE_ TIMESTAMP, DOCODE VARCHAR(33), CLIENTREF INT,"
                        + " CANCELLED SMALLINT, GROSSTOTAL DECIMAL(19,2), TOTALDISCOUNTED DECIMAL(19,2),"
                        + " TOTALVAT DECIMAL(19,2), NETTOTAL DECIMAL(19,2))");
                ddl.execute("CREATE TABLE " + stline + " (LOGICALREF INT PRIMARY KEY, INVOICEREF INT, STOCKREF INT,"
                        + " CLIENTREF INT, TRCODE SMALLINT, LINETYPE SMALLINT, DATE_ TIMESTAMP,"
                        + " AMOUNT DECIMAL(19,4), PRICE DECIMAL(19,4), TOTAL DECIMAL(19,2), VAT DECIMAL(9,2),"
                        + " VATAMNT DECIMAL(19,2), VATMATRAH DECIMAL(19,2))");
                // A sale debits the cari (SIGN 0); MODULENR 4 = invoices [inference: Logo CLFLINE].
                ddl.execute("CREATE TABLE " + clfline + " (LOGICALREF INT PRIMARY KEY, CLIENTREF INT,"
                        + " MODULENR SMALLINT, TRCODE SMALLINT, SOURCEFREF INT,"
                        + " DATE_ TIMESTAMP, TRANNO VARCHAR(17), SIGN SMALLINT, AMOUNT DECIMAL(19,2))");
                ddl.execute("CREATE USER " + READER + " PASSWORD '" + readerPassword + "'");
                for (String table : tables()) {
                    ddl.execute("GRANT SELECT ON " + table + " TO " + READER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox's SQL tables could not be created: " + e.getMessage(), e);
        }
    }

    List<String> tables() {
        return List.of(clcard, items, invoice, stline, clfline);
    }

    /**
     * Runs {@code sql} over the records of {@code store} as they are now; rows as objects keyed by column label.
     *
     * @throws SQLException the database's refusal (a write, an unknown table), for the caller to answer as Logo does
     */
    synchronized List<ObjectNode> select(String sql, Store store) throws SQLException {
        refresh(store);
        try (Connection reader = DriverManager.getConnection(url, READER, readerPassword);
             Statement statement = reader.createStatement()) {
            statement.setQueryTimeout(10);
            statement.setMaxRows(100_000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<ObjectNode> result = new ArrayList<>();
                while (rows.next()) {
                    ObjectNode row = Wire.object();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rows.getObject(i);
                        String label = meta.getColumnLabel(i);
                        switch (value) {
                            case null -> row.putNull(label);
                            case BigDecimal decimal -> row.put(label, decimal);
                            case Integer whole -> row.put(label, whole);
                            case Short whole -> row.put(label, whole.intValue());
                            case Long whole -> row.put(label, whole);
                            case Timestamp time -> row.put(label, time.toLocalDateTime().toString());
                            default -> row.put(label, value.toString());
                        }
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    private void refresh(Store store) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement clear = owner.createStatement()) {
            for (String table : tables()) {
                clear.execute("DELETE FROM " + table);
            }
            Map<String, Integer> arpRefs = new java.util.HashMap<>();
            Map<String, Integer> itemRefs = new java.util.HashMap<>();
            try (PreparedStatement insert = owner.prepareStatement("INSERT INTO " + clcard + " VALUES (?,?,?,?,?,?,?,?,"
                    + "?,?,?,?,?,?,?,?)")) {
                for (ObjectNode arp : store.list(Resources.ARPS)) {
                    int ref = arp.path("INTERNAL_REFERENCE").asInt();
                    arpRefs.put(arp.path("CODE").asText().toUpperCase(java.util.Locale.ROOT), ref);
                    set(insert, ref, arp.path("BLOCKED").asInt(0), arp.path("ACCOUNT_TYPE").asInt(3),
                            text(arp, "CODE"), text(arp, "TITLE"), text(arp, "TAX_ID"), text(arp, "TAX_OFFICE"),
                            text(arp, "TCKNO"), text(arp, "ADDRESS1"), text(arp, "TOWN"), text(arp, "CITY"),
                            text(arp, "COUNTRY"), text(arp, "POSTAL_CODE"), text(arp, "TELEPHONE1"),
                            text(arp, "E_MAIL"), modified(arp));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = owner.prepareStatement("INSERT INTO " + items
                    + " VALUES (?,?,?,?,?,?,?,?)")) {
                for (ObjectNode item : store.list(Resources.ITEMS)) {
                    int ref = item.path("INTERNAL_REFERENCE").asInt();
                    itemRefs.put(item.path("CODE").asText().toUpperCase(java.util.Locale.ROOT), ref);
                    set(insert, ref, item.path("RECORD_STATUS").asInt(0), item.path("CARD_TYPE").asInt(1),
                            text(item, "CODE"), text(item, "NAME"), text(item, "GROUP_CODE"),
                            Wire.decimal(item.get("VAT")), modified(item));
                    insert.executeUpdate();
                }
            }
            invoices(store, arpRefs, itemRefs);
            owner.commit();
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(true);
        }
    }

    private void invoices(Store store, Map<String, Integer> arpRefs, Map<String, Integer> itemRefs)
            throws SQLException {
        try (PreparedStatement header = owner.prepareStatement("INSERT INTO " + invoice
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement line = owner.prepareStatement("INSERT INTO " + stline
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement movement = owner.prepareStatement("INSERT INTO " + clfline
                     + " (LOGICALREF, CLIENTREF, MODULENR, TRCODE, SOURCEFREF, DATE_, TRANNO, SIGN, AMOUNT)"
                     + " VALUES (?,?,?,?,?,?,?,?,?)")) {
            List<ObjectNode> slips = new ArrayList<>(store.list(Resources.SALES_INVOICES));
            slips.addAll(store.list(Resources.PURCHASE_INVOICES));
            for (ObjectNode slip : slips) {
                int ref = slip.path("INTERNAL_REFERENCE").asInt();
                Integer client = arpRefs.get(slip.path("ARP_CODE").asText("").toUpperCase(java.util.Locale.ROOT));
                Timestamp date = date(slip.get("DATE"));
                set(header, ref, slip.path("TYPE").asInt(8), text(slip, "NUMBER"), date, text(slip, "DOC_NUMBER"),
                        client, slip.path("CANCELLED").asInt(0), Wire.decimal(slip.get("TOTAL_GROSS")),
                        Wire.decimal(slip.get("TOTAL_DISCOUNTED")), Wire.decimal(slip.get("TOTAL_VAT")),
                        Wire.decimal(slip.get("TOTAL_NET")));
                header.executeUpdate();
                for (JsonNode each : slip.path("TRANSACTIONS").path("items")) {
                    set(line, each.path("INTERNAL_REFERENCE").asInt(), ref,
                            itemRefs.get(each.path("MASTER_CODE").asText("").toUpperCase(java.util.Locale.ROOT)),
                            client, slip.path("TYPE").asInt(8), each.path("TYPE").asInt(0), date,
                            Wire.decimal(each.get("QUANTITY")), Wire.decimal(each.get("PRICE")),
                            Wire.decimal(each.get("TOTAL")), Wire.decimal(each.get("VAT_RATE")),
                            Wire.decimal(each.get("VAT_AMOUNT")), Wire.decimal(each.get("VAT_BASE")));
                    line.executeUpdate();
                }
                // one movement per invoice, numbered as the invoice so that it keeps its reference across refreshes;
                // CLFLINE.TRCODE is 30 + the invoice's, a purchase or a sales return credits the cari [inference]
                int type = slip.path("TYPE").asInt(8);
                set(movement, ref, client, 4, 30 + type, ref, date, text(slip, "NUMBER"),
                        CREDITING_INVOICES.contains(type) ? 1 : 0, Wire.decimal(slip.get("TOTAL_NET")));
                movement.executeUpdate();
            }
            payments(store, arpRefs, movement);
        }
    }

    /**
     * The cari lines of payment slips [inference: Logo's CLFLINE]: a cash slip (MODULENR 10) as one line, TRCODE 1
     * received and 2 paid; each line of a bank (7) or cari (5) slip with its own TRCODE. A payment received credits
     * the cari (SIGN 1; a bank line's own SIGN is the bank account's side). References are offset per module, so they neither meet an invoice's nor change
     * across refreshes.
     */
    private static void payments(Store store, Map<String, Integer> arpRefs, PreparedStatement movement)
            throws SQLException {
        for (ObjectNode slip : store.list("safeDepositSlips")) {
            int ref = slip.path("INTERNAL_REFERENCE").asInt();
            boolean paid = slip.path("TYPE").asInt() == 12;
            set(movement, 300_000_000 + ref, arpRefs.get(slip.path("ARP_CODE").asText("").toUpperCase(
                    java.util.Locale.ROOT)), 10, paid ? 2 : 1, ref, date(slip.get("DATE")), text(slip, "NUMBER"),
                    paid ? 0 : 1, Wire.decimal(slip.get("AMOUNT")));
            movement.executeUpdate();
        }
        for (String resource : List.of("bankSlips", "ArpSlips")) {
            for (ObjectNode slip : store.list(resource)) {
                for (JsonNode line : slip.path("TRANSACTIONS").path("items")) {
                    Integer client = arpRefs.get(line.path("ARP_CODE").asText("").toUpperCase(java.util.Locale.ROOT));
                    if (client == null) {
                        continue;
                    }
                    int sign = line.path("SIGN").asInt(0);
                    BigDecimal amount = Wire.decimal(line.get(line.has("AMOUNT") ? "AMOUNT"
                            : sign == 1 ? "CREDIT" : "DEBIT"));
                    // a bank line's SIGN is the bank account's side: money in debits the bank, credits the cari
                    int cariSign = resource.equals("bankSlips") ? 1 - sign : sign;
                    set(movement, 100_000_000 + line.path("INTERNAL_REFERENCE").asInt(), client,
                            resource.equals("bankSlips") ? 7 : 5, line.path("TRCODE").asInt(slip.path("TYPE").asInt()),
                            slip.path("INTERNAL_REFERENCE").asInt(), date(slip.get("DATE")), text(slip, "NUMBER"),
                            cariSign, amount);
                    movement.executeUpdate();
                }
            }
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static String text(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Timestamp date(JsonNode value) {
        if (value == null || value.asText().length() < 10) {
            return null;
        }
        try {
            return Timestamp.valueOf(java.time.LocalDate.parse(value.asText().substring(0, 10)).atStartOfDay());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Timestamp modified(ObjectNode record) {
        Timestamp day = date(record.get("DATE_MODIFIED"));
        return day == null ? null : new Timestamp(day.getTime() + 1000L * (3600L * record.path("HOUR_MODIFIED").asInt()
                + 60L * record.path("MIN_MODIFIED").asInt() + record.path("SEC_MODIFIED").asInt()));
    }

    private static String password() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public synchronized void close() {
        try (Statement shutdown = owner.createStatement()) {
            shutdown.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // closing anyway
        } finally {
            try {
                owner.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }
}
