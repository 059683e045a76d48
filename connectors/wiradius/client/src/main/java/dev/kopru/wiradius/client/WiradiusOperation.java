package dev.kopru.wiradius.client;

import dev.kopru.connector.kit.operation.VendorOperation;

/**
 * The four documented services (wiradius.md §5), all reads, all {@code POST /invoice/<segment>/<api_code>}. The
 * §5.5 customer-type lookup has no known path and is left out until one is seen.
 */
public enum WiradiusOperation implements VendorOperation {
    CARI_TRANS("cari_trans", "cari_trans"),
    CARI_LIST("cari_list", "cari_list"),
    INVOICE_LIST("list", "invoice/list"),
    INVOICE_ROWS("rows", "invoice/rows");

    private final String segment;
    private final String name;

    WiradiusOperation(String segment, String name) {
        this.segment = segment;
        this.name = name;
    }

    /** The path without the operator's {@code api_code}, which the signer appends: {@code /invoice/list/}. */
    public String path() {
        return "/invoice/" + segment + "/";
    }

    /** The service as the reference names it, e.g. {@code invoice/list}. */
    @Override
    public String methodName() {
        return name;
    }

    @Override
    public boolean write() {
        return false;
    }
}
