/**
 * The FarmaBorsa connector: {@link dev.kopru.farmaborsa.FarmaBorsaConnector} (the SPI over FarmaBorsa, one handler
 * per entity: listings and the seller's orders), {@link dev.kopru.farmaborsa.FarmaBorsaConnectorFactory} (found
 * through {@code ServiceLoader}) and {@link dev.kopru.farmaborsa.FarmaBorsaDescriptor}. Under it: {@code client}
 * speaks FarmaBorsa's HTTP API with FarmaBorsa's field names, {@code mapping} is the one place where those names meet
 * the canonical model.
 *
 * <p>Listings are read whole (the vendor does not page them) and paged by listing code ({@code ListingPosition});
 * orders are read status by status, with the order date as the incremental cursor ({@code OrderPosition}).
 */
package dev.kopru.farmaborsa;
