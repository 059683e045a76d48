package dev.kopru.connector.kit.http;

import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * How a vendor learns who is calling. Two styles cover our vendors: <em>signing</em> each request (Mikro's daily
 * hash in the body, FarmaBorsa's credential fields, Wiradius's form field) and <em>sessions</em> (log in, keep a
 * token or session id, log in again once when it expires: Logo, DIA), see {@link SessionAuthentication}.
 */
public interface Authentication {

    /** Starts one call: the returned attempt signs its request and decides whether a refusal is worth one renewal. */
    Attempt begin(VendorOperation op);

    /** The secrets this authentication puts on the wire now, to be masked in every message and log. */
    List<String> secrets();

    /** The authentication of one call. */
    interface Attempt {

        /** {@code request} with the credentials in place. */
        VendorRequest apply(VendorRequest request);

        /**
         * After the vendor refused the credentials ({@link ConnectorException.AuthExpired} or
         * {@link ConnectorException.AuthRejected}): whether the call should be sent once more, after renewing them
         * (a new login, the other day's hash). A refused call changed nothing, so this is safe for writes too.
         */
        default boolean renew(ConnectorException refusal) {
            return false;
        }
    }

    /** Requests that need no credentials (a health check). */
    static Authentication none() {
        return signing((op, request) -> request, List::of);
    }

    /** Each request signed by {@code signer}, with no renewal; {@code secrets} lists what it puts on the wire. */
    static Authentication signing(BiFunction<VendorOperation, VendorRequest, VendorRequest> signer,
                                  Supplier<List<String>> secrets) {
        return new Authentication() {
            @Override
            public Attempt begin(VendorOperation op) {
                return request -> signer.apply(op, request);
            }

            @Override
            public List<String> secrets() {
                return secrets.get();
            }
        };
    }
}
