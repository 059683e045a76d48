/**
 * The Mikro connector: {@link dev.kopru.mikro.MikroConnector} (the SPI over Mikro, one handler per entity),
 * {@link dev.kopru.mikro.MikroConnectorFactory} (found through {@code ServiceLoader}) and
 * {@link dev.kopru.mikro.MikroDescriptor}. Under it: {@code client} speaks Mikro's HTTP API with Mikro's field names,
 * {@code mapping} is the one place where those names meet the canonical model.
 *
 * <p>Reads of cards use Mikro's list methods with a change-date cursor ({@code ChangeDatePosition}); documents,
 * movements and balances are read with SQL through {@code SqlVeriOkuV2}, paged by key ({@code KeysetCursor}). All
 * documents share one handler, {@code SqlDocuments}; what differs per kind is a {@code DocumentKind}.
 */
package dev.kopru.mikro;
