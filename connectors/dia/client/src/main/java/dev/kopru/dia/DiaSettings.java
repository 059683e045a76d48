package dev.kopru.dia;

import dev.kopru.dia.client.DiaConfig;

/** What a DİA connection's fields are bound into: the client's config and the invoice kinds. */
public final class DiaSettings {

    private final DiaConfig.Builder client = DiaConfig.builder();
    private int salesKind = DiaDescriptor.DEFAULT_SALES_KIND;
    private int purchaseKind = DiaDescriptor.DEFAULT_PURCHASE_KIND;

    DiaConfig.Builder client() {
        return client;
    }

    void salesKind(int value) {
        salesKind = value;
    }

    void purchaseKind(int value) {
        purchaseKind = value;
    }

    DiaConnector open() {
        return new DiaConnector(client.build(), salesKind, purchaseKind);
    }
}
