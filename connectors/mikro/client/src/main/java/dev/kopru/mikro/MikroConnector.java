package dev.kopru.mikro;

import dev.kopru.connector.kit.operation.OperationCatalogue;
import dev.kopru.connector.kit.operation.RawCalls;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.HandlerConnector;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.mikro.client.CariListesiV3Sorgusu;
import dev.kopru.mikro.client.HealthStatus;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.mikro.client.MikroOperation;
import dev.kopru.mikro.client.StokKaydi;
import dev.kopru.mikro.client.StokListesiSorgusu;
import dev.kopru.mikro.mapping.DocumentSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A connection to one Mikro company and working year. Cards go through Mikro's list and save methods; documents are
 * saved with Mikro's document methods and read back with SQL (SqlVeriOkuV2), as Mikro offers no other way. Writes are
 * sent once; an unknown outcome ends in {@link ConnectorException.InDoubt}, resolved by {@link #findByNaturalKey}.
 */
public final class MikroConnector extends HandlerConnector implements SqlReports,
        MikroLists {

    private final MikroConfig config;
    private final MikroClient client;
    private final ConnectorDescriptor descriptor;
    private final Map<Entity<?>, EntityHandler<?>> handlers;
    private final SqlReports reports;
    private final RawCalls<MikroOperation> raw;

    public MikroConnector(MikroConfig config, DocumentSettings documents) {
        this(config, documents, List.of(), Optional.empty());
    }

    /**
     * A connection whose SQL reports run in each of {@code reportYears} (none: the connection's year) and whose calls
     * the engine keeps within {@code rateLimit} (shared by every node).
     */
    public MikroConnector(MikroConfig config, DocumentSettings documents, List<Integer> reportYears,
                          Optional<Limits.RateLimit> rateLimit) {
        super("mikro");
        this.descriptor = MikroDescriptor.descriptor(rateLimit);
        this.config = config;
        this.client = new MikroClient(config);
        this.reports = new MikroSqlReports(config, reportYears);
        int max = MikroDescriptor.MAX_PAGE_SIZE;
        this.handlers = Map.of(
                Entity.PARTY, new Parties(client, config.clock(), max),
                Entity.ITEM, new Items(client, config.clock(), max),
                Entity.INVOICE, new Invoices(client, documents, max),
                Entity.ORDER, new SqlDocuments<>(client, DocumentKind.orders(documents), max),
                Entity.DISPATCH_NOTE, new SqlDocuments<>(client, DocumentKind.dispatchNotes(documents), max),
                Entity.PAYMENT, new SqlDocuments<>(client, DocumentKind.payments(documents), max),
                Entity.ACCOUNT_MOVEMENT, new Ledger.Movements(client, documents, max),
                Entity.BALANCE, new Ledger.Balances(client, config.clock(), max));
        this.raw = new RawCalls<>(OperationCatalogue.of("Mikro", MikroOperation.class), VendorJson.mapper(),
                client::raw, RawCalls.Guard.none(), client::secrets);
    }

    @Override
    public List<CariKaydi> cariListesiV3(CariListesiV3Sorgusu query) {
        return client.cariListesiV3(query);
    }

    @Override
    public List<StokKaydi> stokListesiV2(StokListesiSorgusu query) {
        return client.stokListesiV2(query);
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** HealthCheck2 (HealthCheck on servers without it), then a cheap authenticated query. */
    @Override
    public void check() {
        HealthStatus health;
        try {
            health = client.healthCheck2();
        } catch (ConnectorException.NotFound olderServer) {
            String status = client.healthCheck();
            health = new HealthStatus(status.contains("200") ? "Up" : status, null);
        }
        if (!health.up()) {
            throw new ConnectorException.Transient("HealthCheck2",
                    "HealthCheck2: the Mikro API reports ApiStatus '" + health.ApiStatus() + "'", health.ApiStatus(),
                    null);
        }
        client.sqlVeriOkuV2("SELECT 1 AS ok");
    }

    /** A read-only report through SqlVeriOkuV2 (SELECT only; sent once, bounded by {@code timeout}). */
    @Override
    public SqlResult query(String sql, int maxRows, Duration timeout) {
        return reports.query(sql, maxRows, timeout);
    }

    /** The raw pass-through to any of the vendor's operations. */
    @Override
    protected List<Object> capabilities() {
        return List.of(raw);
    }

    @Override
    protected Map<Entity<?>, EntityHandler<?>> handlers() {
        return handlers;
    }

    @Override
    public String toString() {
        return "MikroConnector{" + config + "}";
    }
}
