package dev.kopru.farmaborsa;

import static dev.kopru.core.connector.Operation.CREATE;
import static dev.kopru.core.connector.Operation.FIND_BY_NATURAL_KEY;
import static dev.kopru.core.connector.Operation.GET;
import static dev.kopru.core.connector.Operation.INCREMENTAL_LIST;
import static dev.kopru.core.connector.Operation.LIST;
import static dev.kopru.core.connector.Operation.UPDATE;

import dev.kopru.connector.kit.config.ConfigSpec;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.Limits;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the FarmaBorsa connector supports and how it is configured; the server, CLI and docs render from this. */
public final class FarmaBorsaDescriptor {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    public static final String BASE_URL = "baseUrl";
    public static final String NICK = "nick";
    public static final String PAROLA = "parola";
    public static final String API_KEY = "apiKey";
    public static final String RATE_LIMIT_PERMITS = "rateLimitPermits";
    public static final String RATE_LIMIT_PERIOD = "rateLimitPeriod";
    public static final String MAX_RATE_WAIT = "maxRateWait";

    /** The connection's fields, declared once: the descriptor, the factory's binding and the docs come from here. */
    public static final ConfigSpec<FarmaBorsaSettings> CONFIG = ConfigSpec.<FarmaBorsaSettings>builder("farmaborsa")
            .optionalText(BASE_URL, "the API's URL", FarmaBorsaConfig.VENDOR_URL, (s, v) -> s.client().baseUrl(v))
            .text(NICK, "the FarmaBorsa user name (nick)", (s, v) -> s.client().nick(v))
            .secret(PAROLA, "the FarmaBorsa password (parola), sent in every request body",
                    (s, v) -> s.client().parola(v))
            .secret(API_KEY, "the API key FarmaBorsa issued", (s, v) -> s.client().apiKey(v))
            .wholeNumber(RATE_LIMIT_PERMITS, "calls allowed per rateLimitPeriod; the vendor allows 10 a minute", false,
                    FarmaBorsaConfig.VENDOR_RATE_LIMIT.permits(), FarmaBorsaSettings::permits)
            .duration(RATE_LIMIT_PERIOD, "the rate limit's period",
                    FarmaBorsaConfig.VENDOR_RATE_LIMIT.period(), FarmaBorsaSettings::period)
            .duration(MAX_RATE_WAIT, "how long a call may wait for its turn before it fails as rate limited",
                    Duration.ofMinutes(2), (s, v) -> s.client().maxRateWait(v))
            .build();

    private FarmaBorsaDescriptor() {
    }

    /** The descriptor with the vendor's own limit, 10 calls a minute. */
    public static ConnectorDescriptor descriptor() {
        return descriptor(FarmaBorsaConfig.VENDOR_RATE_LIMIT);
    }

    /** The descriptor of a connection configured with {@code rateLimit}. */
    public static ConnectorDescriptor descriptor(Limits.RateLimit rateLimit) {
        return new ConnectorDescriptor("farmaborsa", "FarmaBorsa (pharmacy marketplace, api/Entegre)", List.of(
                new EntitySupport(Entity.LISTING, Set.of(LIST, GET, FIND_BY_NATURAL_KEY, CREATE, UPDATE),
                        CursorKind.PAGE_TOKEN, List.of(Listings.BARCODE),
                        "the seller's listings (IlanlarimListesi / IlanKaydet); key = listing code (ilan), or"
                                + " talep:<urunTalep> while an unknown barcode waits for FarmaBorsa to approve a"
                                + " product card (get follows it with UrunTalepDurum). No change date and no paging:"
                                + " every read fetches the whole active, then passive list and pages it by code. The"
                                + " list returns neither the ERP code (itemCode) nor the VAT rate, and the expiry only"
                                + " to the month (read as its last day). Natural key: barcode, the only caller value"
                                + " the list returns; FarmaBorsa has one product card per barcode, and when a seller"
                                + " keeps several listings of one barcode, find returns the newest (highest code)."
                                + " A pending product-card request cannot be found by barcode (no API lists"
                                + " requests). No delete (UrunSil is unverified). Filter: active (true/false)"),
                new EntitySupport(Entity.ORDER, Set.of(LIST, INCREMENTAL_LIST, GET),
                        CursorKind.CHANGE_DATE_AND_KEY, List.of(),
                        "the seller's orders (SiparisListesi), read status by status (1 new, 2 confirmed,"
                                + " 3 shipped, 4 delivered, 5 buyer confirmed, 8 cancelled) and page by page. No change"
                                + " date: the incremental cursor is the order date (tarih) and satisKod, with a"
                                + " 10-minute look-back, so it brings new orders, not status changes (read with the"
                                + " status filter for those); an order that changes status during a read may be seen"
                                + " twice or not at all. get by satisKod has no status (the seller's order has no"
                                + " status field). Lines keep neither the line code (use the client to change"
                                + " quantities) nor the lot's expiry; utsNo, cargo and invoice URL are not mapped."
                                + " Confirm, cancel, cargo link and invoice URL: FarmaBorsaClient. Filters: status,"
                                + " from, to (order dates, yyyy-MM-dd)")),
                new Limits(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Optional.empty(), Optional.of(rateLimit)),
                CONFIG.fields());
    }
}
