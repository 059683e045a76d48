package dev.kopru.dia;

import dev.kopru.connector.kit.limit.VendorCredit;
import dev.kopru.dia.client.DiaClient;
import java.math.BigDecimal;

/** DİA's kontör as a {@link VendorCredit}: the client's count of billed calls and {@code sis_kontor_sorgula}. */
record Kontor(DiaClient client) implements VendorCredit {

    @Override
    public String unit() {
        return "kontör";
    }

    @Override
    public long billedCalls() {
        return client.billedCalls();
    }

    @Override
    public BigDecimal spent() {
        return client.kontorSpent();
    }

    @Override
    public BigDecimal balance() {
        return client.kontor();
    }
}
