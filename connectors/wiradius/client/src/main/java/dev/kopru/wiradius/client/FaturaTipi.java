package dev.kopru.wiradius.client;

/** {@code type} of {@code invoice/list}: sales ({@code sell}) or purchase ({@code buy}) invoices. */
public enum FaturaTipi {
    SELL("sell"), BUY("buy");

    private final String wire;

    FaturaTipi(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
