package dev.kopru.logo;

import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.HandlerConnector;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.client.LogoQuery;
import dev.kopru.logo.mapping.DispatchMapping;
import dev.kopru.logo.mapping.InvoiceMapping;
import dev.kopru.logo.mapping.ItemMapping;
import dev.kopru.logo.mapping.OrderMapping;
import dev.kopru.logo.mapping.PartyMapping;
import dev.kopru.logo.mapping.PaymentMapping;
import dev.kopru.logo.mapping.SlipKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A connection to one Logo firm through the Logo REST service. Parties, items, invoices, sales orders and dispatch
 * notes live in {@code Arps}, {@code items}, {@code salesInvoices}/{@code purchaseInvoices}, {@code salesOrders} and
 * {@code salesDispatches}/{@code purchaseDispatches}, payments in {@code safeDepositSlips}, {@code bankSlips} and
 * {@code ArpSlips}; SQL reports go through
 * {@code queries}; every other data object is reachable through the raw pass-through. Writes are sent once; an
 * unknown outcome ends in {@link dev.kopru.core.connector.ConnectorException.InDoubt}, resolved by
 * {@link #findByNaturalKey}.
 */
public final class LogoConnector extends HandlerConnector implements SqlReports {

    /** The filters of trade slips, canonical name → Logo field. */
    private static final Map<String, String> SLIP_FILTERS = Map.of("number", "NUMBER", "partyCode", "ARP_CODE");
    /** Logo's refusal keys on a trade slip, Logo key → canonical field; 207 is "cari hesap kodu bulunamadı" (G10). */
    private static final Map<String, String> SLIP_FIELDS = Map.of("207", "partyCode", "ARP_CODE", "partyCode",
            "NUMBER", "number", "MASTER_CODE", "lines.itemCode", "DATE", "date");

    /** Logo's refusal keys on a payment slip, Logo key → canonical field. */
    private static final Map<String, String> PAYMENT_FIELDS = Map.of("207", "partyCode", "ARP_CODE", "partyCode",
            "NUMBER", "number", "SD_CODE", "account", "BANKACC_CODE", "account", "AMOUNT", "amount", "DATE", "date");

    private final LogoClient client;
    private final ConnectorDescriptor descriptor = LogoDescriptor.descriptor();
    private final Map<Entity<?>, EntityHandler<?>> handlers;
    private final RawOperations raw;
    private final LogoSqlReports reports;

    /** A connection to the firm's period {@code 01}. */
    public LogoConnector(LogoConfig config) {
        this(config, LogoSettings.DEFAULT_PERIOD);
    }

    /** @param period the accounting period (dönem) whose tables SQL reads: {@code 01} in {@code LG_001_01_CLFLINE} */
    public LogoConnector(LogoConfig config, String period) {
        super("logo");
        Ledger.Tables tables = Ledger.Tables.of(config, period);
        this.client = new LogoClient(config);
        this.handlers = Map.of(
                Entity.PARTY, new ArpsByTaxId(new Records<>(client, config.clock(), new Records.Kind<Party>("party",
                        PartyMapping.RESOURCE, false, "code", "CODE", Party::code, PartyMapping::toParty,
                        PartyMapping::toArp, Map.of("code", "CODE", "taxId", "TAX_ID"),
                        Map.of("CODE", "code", "TITLE", "name", "TAX_ID", "taxId", "TCKNO", "taxId"))), client),
                Entity.ITEM, new Records<>(client, config.clock(), new Records.Kind<Item>("item",
                        ItemMapping.RESOURCE, true, "code", "CODE", Item::code, ItemMapping::toItem,
                        ItemMapping::toCard, Map.of("code", "CODE"),
                        Map.of("CODE", "code", "NAME", "name", "VAT", "vatRate"))),
                Entity.INVOICE, trade(config, new Records.Kind<>("invoice", SlipKind.INVOICES.sales(), true,
                        "number", "NUMBER", Invoice::number, InvoiceMapping::toInvoice, InvoiceMapping::toSlip,
                        SLIP_FILTERS, SLIP_FIELDS), SlipKind.INVOICES, Invoice::direction),
                Entity.DISPATCH_NOTE, trade(config, new Records.Kind<>("dispatch note", SlipKind.DISPATCHES.sales(),
                        true, "number", "NUMBER", DispatchNote::number, DispatchMapping::toDispatchNote,
                        DispatchMapping::toSlip, SLIP_FILTERS, SLIP_FIELDS), SlipKind.DISPATCHES,
                        DispatchNote::direction),
                Entity.ORDER, new Records<>(client, config.clock(), new Records.Kind<Order>("order",
                        OrderMapping.RESOURCE, true, "number", "NUMBER", Order::number, OrderMapping::toOrder,
                        OrderMapping::toSlip, SLIP_FILTERS, SLIP_FIELDS)),
                Entity.PAYMENT, payments(config),
                Entity.ACCOUNT_MOVEMENT, new Ledger.Movements(client, tables),
                Entity.BALANCE, new Ledger.Balances(client, tables, config.clock()));
        this.raw = LogoRawCalls.of(client);
        this.reports = new LogoSqlReports(config);
    }

    /**
     * A trade document in its sales data object (keyed by reference) and its purchase data object (keyed
     * {@code purchaseX/reference}), written to the one its direction names.
     */
    private <T> DataObjects<T> trade(LogoConfig config, Records.Kind<T> sales, SlipKind slips,
                                     Function<T, DocumentDirection> direction) {
        return new DataObjects<>(List.of(new Records<>(client, config.clock(), sales),
                new Records<>(client, config.clock(), sales.in(slips.purchase(), null))),
                record -> slips.resource(direction.apply(record)));
    }

    /** Cash, bank and card payments, each in its own slip data object, keyed {@code dataObject/reference}. */
    private DataObjects<Payment> payments(LogoConfig config) {
        Records.Kind<Payment> kind = new Records.Kind<>("payment", PaymentMapping.CASH, true, "number", "NUMBER",
                Payment::number, PaymentMapping::fromCashSlip, PaymentMapping::toSlip, Map.of("number", "NUMBER"),
                PAYMENT_FIELDS);
        return new DataObjects<>(List.of(
                new Records<>(client, config.clock(), kind.in(PaymentMapping.CASH, PaymentMapping.CASH_SCOPE)),
                new Records<>(client, config.clock(), kind.in(PaymentMapping.BANK, PaymentMapping.BANK_SCOPE)
                        .reading(PaymentMapping::fromBankSlip)),
                new Records<>(client, config.clock(), kind.in(PaymentMapping.CARD, PaymentMapping.CARD_SCOPE)
                        .reading(PaymentMapping::fromCardSlip))),
                payment -> PaymentMapping.resource("POST payment", payment));
    }

    /** The typed client underneath, for data objects the canonical model does not cover. */
    public LogoClient client() {
        return client;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** Logs in (refused credentials end in AuthRejected with Logo's words) and reads one cari card. */
    @Override
    public void check() {
        client.login();
        client.list(PartyMapping.RESOURCE, LogoQuery.all().withLimit(1).withFields(List.of("CODE")));
    }

    /** A read-only report through {@code queries?tsql=} (SELECT only; bounded by {@code timeout}). */
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
    public void close() {
        reports.close();
        client.close();
    }

    @Override
    public String toString() {
        return "LogoConnector{" + client.config() + "}";
    }
}
