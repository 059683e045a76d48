package dev.kopru.dia;

import dev.kopru.dia.client.DiaConfig;

/** What a DİA connection's fields are bound into: the client's config and the invoice kinds. */
public final class DiaSettings {

    private final DiaConfig.Builder client = DiaConfig.builder();
    private int salesInvoiceKind = DiaDescriptor.DEFAULT_SALES_KIND;
    private int purchaseInvoiceKind = DiaDescriptor.DEFAULT_PURCHASE_KIND;

    DiaConfig.Builder client() {
        return client;
    }

    void salesInvoiceKind(int value) {
        salesInvoiceKind = value;
    }

    void purchaseInvoiceKind(int value) {
        purchaseInvoiceKind = value;
    }

    DiaConnector open() {
        return new DiaConnector(client.build(), salesInvoiceKind, purchaseInvoiceKind);
    }
}
