package dev.kopru.logo.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data objects this sandbox serves (logo.md §Operations: "resources to implement first"), in the spelling of the
 * service's Swagger; a request may spell them in any case ({@code ARPSlips}, {@code arps}).
 */
final class Resources {

    static final String ITEMS = "items";
    static final String ARPS = "Arps";
    static final String SERVICES = "services";
    static final String SAFE_DEPOSITS = "safeDeposits";
    static final String SAFE_DEPOSIT_SLIPS = "safeDepositSlips";
    static final String SALES_INVOICES = "salesInvoices";
    static final String PURCHASE_INVOICES = "purchaseInvoices";
    static final String SALES_ORDERS = "salesOrders";

    static final List<String> ALL = List.of(ITEMS, ARPS, "unitSets", SALES_INVOICES, PURCHASE_INVOICES, SALES_ORDERS,
            "purchaseOrders", "salesDispatches", "purchaseDispatches", "ArpSlips", "bankSlips", SAFE_DEPOSIT_SLIPS,
            "GLSlips", "paymentPlans", "specialCodes", "salesmen", "ArpShipmentLocations", SERVICES, SAFE_DEPOSITS);

    /**
     * Data objects kept in one Logo table, whose references are therefore drawn from one sequence (INVOICE, ORFICHE,
     * STFICHE: a trade slip's TRCODE tells sales from purchase [inference: Logo's tables]).
     */
    private static final Map<String, String> SHARED_TABLES = Map.of(SALES_INVOICES, "INVOICE", PURCHASE_INVOICES,
            "INVOICE", SALES_ORDERS, "ORFICHE", "purchaseOrders", "ORFICHE", "salesDispatches", "STFICHE",
            "purchaseDispatches", "STFICHE");

    /** Cards whose {@code CODE} is their unique natural key. */
    static final Set<String> CARDS = Set.of(ITEMS, ARPS, "unitSets", "paymentPlans", "specialCodes", "salesmen",
            SERVICES, SAFE_DEPOSITS);

    /** Slips whose {@code TRANSACTIONS} lines are item lines with quantity, price and VAT (totals computed). */
    static final Set<String> TRADE_SLIPS = Set.of(SALES_INVOICES, PURCHASE_INVOICES, SALES_ORDERS, "purchaseOrders",
            "salesDispatches", "purchaseDispatches");

    /** Slips whose header or {@code TRANSACTIONS} lines name a cari by {@code ARP_CODE} (logo.md §6.5–6.6). */
    static final Set<String> PAYMENT_SLIPS = Set.of("ArpSlips", "bankSlips", SAFE_DEPOSIT_SLIPS);

    /**
     * The slip types (TRCODE) a data object accepts by default, where logo.md lists them [inference]: sales and
     * purchase invoice types (§6.3), cari slip types (CLFICHE, §6.5); {@link LogoSandboxOptions#slipTypes} switches it.
     */
    static final Map<String, Set<Integer>> SLIP_TYPES = Map.of(SALES_INVOICES, Set.of(2, 3, 7, 8, 9, 10, 14),
            PURCHASE_INVOICES, Set.of(1, 4, 5, 6, 13, 26), "ArpSlips", Set.of(1, 2, 3, 4, 5, 6, 12, 14, 70));

    private Resources() {
    }

    /** The Logo table {@code resource} is kept in, as far as it shares one with another data object. */
    static String table(String resource) {
        return SHARED_TABLES.getOrDefault(resource, resource);
    }

    /** The canonical spelling of {@code name}, if this sandbox serves it. */
    static Optional<String> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
