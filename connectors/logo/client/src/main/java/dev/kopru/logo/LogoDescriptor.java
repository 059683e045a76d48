package dev.kopru.logo;

import static dev.kopru.core.connector.Operation.CREATE;
import static dev.kopru.core.connector.Operation.DELETE;
import static dev.kopru.core.connector.Operation.FIND_BY_NATURAL_KEY;
import static dev.kopru.core.connector.Operation.GET;
import static dev.kopru.core.connector.Operation.INCREMENTAL_LIST;
import static dev.kopru.core.connector.Operation.LIST;
import static dev.kopru.core.connector.Operation.UPDATE;

import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.Limits;
import dev.kopru.logo.client.LogoConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the Logo connector offers, rendered by the server's API, the CLI and the docs. */
public final class LogoDescriptor {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = LogoConfig.MAX_PAGE_SIZE;

    private static final String READS = "read in INTERNAL_REFERENCE order; incremental by DATE_MODIFIED (day"
            + " resolution: the cursor's day is read again)";

    private LogoDescriptor() {
    }

    public static ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor("logo", "Logo Tiger (Logo REST service)", List.of(
                new EntitySupport(Entity.PARTY, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE, UPDATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("code", "taxId"),
                        "cari cards (Arps); key = INTERNAL_REFERENCE, natural key = CODE, also found by taxId"
                                + " (VKN in TAX_ID, TCKN in TCKNO); " + READS + "; filters:"
                                + " code, taxId; VKN → TAX_ID, TCKN → TCKNO; foreign CURRENCY codes not mapped"),
                new EntitySupport(Entity.ITEM, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE, UPDATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("code"),
                        "material cards (items, CARD_TYPE 1 when created); key = INTERNAL_REFERENCE, natural key ="
                                + " CODE; unit and barcodes from UNITS; " + READS + "; filter: code; sale price, stock"
                                + " on hand, brand and expiry are not on Logo's card"),
                new EntitySupport(Entity.INVOICE, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "invoices with TRANSACTIONS lines: sales and sales returns in salesInvoices (TYPE 8, 3),"
                                + " purchases and purchase returns in purchaseInvoices (TYPE 1, 6); key ="
                                + " INTERNAL_REFERENCE, purchaseInvoices/INTERNAL_REFERENCE for a purchase; natural"
                                + " key = NUMBER (Köprü's own number, never ~); totals computed by Logo and read back"
                                + " as stated totals; " + READS + ", sales first; filters: number, partyCode"),
                new EntitySupport(Entity.ORDER, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "sales orders (salesOrders) with TRANSACTIONS lines, as invoices; ORDER_STATUS kept as the"
                                + " vendor status, only CANCELLED read as a status; " + READS
                                + "; filters: number, partyCode"),
                new EntitySupport(Entity.DISPATCH_NOTE, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY,
                        CREATE, DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "dispatch notes in salesDispatches and purchaseDispatches, taken to share the invoice's"
                                + " fields and types (8, 3; 1, 6: inference); keys, natural key, totals and reads as"
                                + " invoices; filters: number, partyCode"),
                new EntitySupport(Entity.PAYMENT, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "cash in safeDepositSlips (TYPE 11 received, 12 paid; account = SD_CODE), bank transfers in"
                                + " bankSlips (TYPE 3 in, 4 out; one line, account = BANKACC_CODE), card collections"
                                + " in ArpSlips (TYPE 70); types beyond ArpSlips' are inference; key ="
                                + " dataObject/INTERNAL_REFERENCE, natural key = NUMBER; " + READS + "; filter:"
                                + " number; cheques, notes, card payments made and due dates are not mapped"),
                new EntitySupport(Entity.ACCOUNT_MOVEMENT, Set.of(LIST, GET), CursorKind.PAGE_TOKEN, List.of(),
                        "cari movement lines (LG_<firm>_<period>_CLFLINE by queries), key = LOGICALREF; SIGN 0"
                                + " debit, 1 credit; documentType = MODULENR and TRCODE; filter: partyCode"),
                new EntitySupport(Entity.BALANCE, Set.of(LIST, GET), CursorKind.PAGE_TOKEN, List.of(),
                        "per cari card: debit and credit sums of its CLFLINE lines and debit − credit, in TL;"
                                + " key = party code")),
                new Limits(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Optional.empty(), Optional.empty()),
                LogoSettings.CONFIG.fields());
    }
}
