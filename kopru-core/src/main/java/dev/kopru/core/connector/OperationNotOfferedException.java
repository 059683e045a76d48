package dev.kopru.core.connector;

/**
 * A connector refusing an entity or an operation its descriptor does not list; the message names the vendor. It is an
 * {@link UnsupportedOperationException} so that code written against the JDK's type still catches it.
 */
public final class OperationNotOfferedException extends UnsupportedOperationException {

    public OperationNotOfferedException(String message) {
        super(message);
    }
}
