package dev.kopru.core.connector;

import dev.kopru.core.model.Order;

/**
 * What a seller does to a marketplace order besides reading it: confirm it and show the buyer the invoice. Both are
 * safe to repeat, so that a caller whose answer was lost (an {@link ConnectorException.InDoubt}) simply asks again.
 * Offered through {@link Connector#capability(Class)} by connectors whose vendor has these actions (FarmaBorsa).
 */
public interface OrderActions {

    /**
     * Confirms a new order. An order that is already confirmed or further along (shipped, delivered) is left as it
     * is and counts as done.
     *
     * @throws ConnectorException.Validation when the order cannot be confirmed (e.g. cancelled), with the vendor's
     *                                       message
     */
    void confirm(Order order);

    /** Attaches the URL of the seller's invoice file to the order; sending the same URL again changes nothing. */
    void attachInvoice(Order order, String invoiceUrl);
}
