package dev.kopru.farmaborsa.client;

/**
 * The quantity the seller will send for one order line ({@code kod}): from 0 (drop the line) up to the ordered
 * quantity, never more.
 */
public record MiktarSatiri(int kod, int adet) {
}
