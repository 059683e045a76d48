package dev.kopru.connector.kit.limit;

import dev.kopru.connector.kit.chain.Chainable;
import dev.kopru.connector.kit.chain.VendorCall;
import java.math.BigDecimal;

/**
 * A vendor that bills each call against a prepaid credit (DİA's kontör): what this connector has spent since it was
 * opened, counted locally, and the balance left, asked of the vendor through the chain.
 */
public interface VendorCredit extends Chainable<VendorCredit> {

    /** The credit's unit as the vendor names it, e.g. {@code kontör}. */
    String unit();

    /** Calls the vendor billed to this connector since it was opened. */
    long billedCalls();

    /** What those calls cost, in {@link #unit()}. */
    BigDecimal spent();

    /** The balance left, as the vendor answers it (itself a call, which may be billed). */
    BigDecimal balance();

    @Override
    default VendorCredit through(Calls calls) {
        VendorCredit local = this;
        return new VendorCredit() {
            @Override
            public String unit() {
                return local.unit();
            }

            @Override
            public long billedCalls() {
                return local.billedCalls();
            }

            @Override
            public BigDecimal spent() {
                return local.spent();
            }

            @Override
            public BigDecimal balance() {
                return calls.call("credit", VendorCall.Kind.READ, local::balance);
            }
        };
    }
}
