package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Faults;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An emulator of the Mikro Desktop API (Mikro Jump / Fly), written from vendors/mikro.md: case-insensitive
 * {@code /Api/APIMethods/<name>} paths, the {@code Mikro} credential block with the daily MD5 password, the
 * {@code result[0]} envelope, and Mikro's tables (CARI_HESAPLAR, STOKLAR, CARI_HESAP_HAREKETLERI, ...) in an
 * embedded SQL Server-mode database that SqlVeriOkuV2 can query.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().build()), 0)) {
 *     // POST sandbox.baseUri() + "/Api/APIMethods/CariListesiV3" ...
 * }
 * }</pre>
 */
public final class MikroSandbox implements SandboxApp {

    private final MikroSandboxOptions options;
    /** One database per working year (mikro.md §12.5: reports compare years), the newest the current one. */
    private final SortedMap<Integer, MikroDatabase> years = new TreeMap<>();
    private final MikroDatabase db;
    private final Operations operations = new Operations();
    private final Services services;
    private final MikroRouter router;
    private volatile Sandbox sandbox;

    /** Creates the database and seeds it; the HTTP side starts with {@link Sandbox#start(SandboxApp, int)}. */
    public MikroSandbox(MikroSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        options.years().forEach(year -> years.put(year, new MikroDatabase()));
        this.db = years.get(years.lastKey());
        Sessions sessions = new Sessions(options.clock(), options.sessionTtl(), this::faults);
        this.services = new Services(Collections.unmodifiableSortedMap(years), options, sessions,
                new Credentials(options), new MalformedCards());
        this.router = new MikroRouter(operations, services);
        try {
            seed();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A sandbox with the default demo options (DESIGN.md's demo credentials, small demo data set). */
    public MikroSandbox() {
        this(MikroSandboxOptions.builder().build());
    }

    /**
     * From now on CariListesiV3 and StokListesiV2 list the card {@code code} with a currency code that is not a number
     * (a read-side fault; the card itself is unchanged); {@link #healCards()} ends it.
     */
    public void malformCard(String code) {
        services.malformed().malform(code);
    }

    public void healCards() {
        services.malformed().heal();
    }

    /**
     * Cancels the customer card {@code code} as a Mikro user does in Mikro itself ({@code cari_iptal} = 1, stamped as
     * a change); Mikro's API has no method for it. False when there is no such card.
     */
    public boolean cancelCard(String code) {
        try {
            return db.write(connection -> {
                try (var update = connection.prepareStatement("UPDATE CARI_HESAPLAR SET cari_iptal = 1,"
                        + " cari_lastup_date = ? WHERE cari_kod = ?")) {
                    update.setObject(1, services.now());
                    update.setString(2, code);
                    return update.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cancelling card " + code + ": " + e.getMessage(), e);
        }
    }

    public MikroSandboxOptions options() {
        return options;
    }

    /** Today's {@code Sifre} for a password, as a client must compute it (handy for tests and the CLI). */
    public String dailyPassword(String password) {
        return Credentials.dailyHash(LocalDate.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL)), password);
    }

    @Override
    public String vendor() {
        return "mikro";
    }

    @Override
    public void routes(RoutesConfig routes, Sandbox sandbox) {
        this.sandbox = sandbox;
        DocumentNumbers numbers = new DocumentNumbers(db);
        routes.get(DocumentNumbers.PATH, numbers::handle);
        routes.get(DocumentNumbers.CARDS, numbers::cards);
        routes.post("/{api}/{apimethods}/{name}", router::handle);
        routes.get("/{api}/{apimethods}/{name}", router::handle);
        // Paths that are not /{Api}/{APIMethods}/{name} get the same Web API 404 as unknown method names.
        routes.error(404, MikroRouter::notFound);
    }

    /** Writes are the emulated methods that change data; every Mikro call is a POST, so the method says nothing. */
    @Override
    public boolean isWrite(Context ctx) {
        return ctx.method() == HandlerType.POST && router.resolve(ctx).map(Operation::write).orElse(false);
    }

    @Override
    public JsonNode state() {
        ObjectNode state = Bodies.object();
        ObjectNode counts = state.putObject("tables");
        try {
            db.read(connection -> {
                countRows(connection, counts);
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not be read", e);
        }
        state.put("goldenSet", options.goldenSet());
        state.put("demoSeed", options.demoSeed());
        state.put("demoSize", options.demoSize());
        state.set("companies", Bodies.array().addAll(options.companies().stream()
                .map(c -> Bodies.object().textNode(c)).toList()));
        state.set("years", Bodies.array().addAll(options.years().stream()
                .map(y -> Bodies.object().numberNode(y)).toList()));
        state.put("today", LocalDate.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL)).toString());
        state.put("adjacentDayTolerance", options.adjacentDayTolerance());
        state.put("mirrorStatusInHttp", options.mirrorStatusInHttp());
        state.put("demoLicenceLimit", options.demoLicenceLimit());
        state.put("sessions", services.sessions().size());
        state.set("emulatedOperations", Bodies.array().addAll(operations.emulated().stream()
                .map(name -> Bodies.object().textNode(name)).toList()));
        return state;
    }

    private static void countRows(Connection connection, ObjectNode counts) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : MikroDatabase.tableNames()) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
    }

    /** Back to the seeded data: a fresh schema, the golden set and the demo data; V1 sessions end. */
    @Override
    public void reset() {
        seed();
    }

    /**
     * Seeds every working year: the current one as of today, each earlier one as of its last day with demo data of
     * its own (another seed), so that a report comparing years sees different figures.
     */
    private void seed() {
        LocalDate today = LocalDate.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL));
        try {
            for (Map.Entry<Integer, MikroDatabase> year : years.entrySet()) {
                int yearsBack = years.lastKey() - year.getKey();
                year.getValue().recreate();
                Seed.run(year.getValue(), options, yearsBack == 0 ? today : LocalDate.of(year.getKey(), 12, 31),
                        options.demoSeed() + yearsBack);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not be seeded: " + e.getMessage(), e);
        }
        services.sessions().clear();
    }

    @Override
    public void close() {
        years.values().forEach(MikroDatabase::close);
    }

    private Faults faults() {
        Sandbox running = sandbox;
        return running == null ? null : running.faults();
    }

    @Override
    public String toString() {
        return "MikroSandbox[" + options + "]";
    }
}
