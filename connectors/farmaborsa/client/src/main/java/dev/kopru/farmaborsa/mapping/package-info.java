/**
 * Canonical records ↔ FarmaBorsa wire records: {@code ListingMapping} (Listing ↔ ilan), {@code OrderMapping}
 * (siparisBilgi → Order, with the totals check) and {@code BuyerMapping} (the order's buyer → Party). Input is
 * checked here before anything is sent, and a refusal names the canonical field ({@code price}, {@code expiryDate}).
 * Line and document totals come from kopru-core's {@link dev.kopru.core.money.DocumentTotals}.
 */
package dev.kopru.farmaborsa.mapping;
