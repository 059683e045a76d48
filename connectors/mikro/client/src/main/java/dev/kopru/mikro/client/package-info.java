/**
 * A typed client of the Mikro Desktop API (mikro.md): {@link dev.kopru.mikro.client.MikroClient} with one method per
 * operation, its immutable {@link dev.kopru.mikro.client.MikroConfig}, the daily hash
 * ({@link dev.kopru.mikro.client.DailyPassword}), and wire records that keep Mikro's own field names
 * ({@code CariKaydi}, {@code FaturaEvragi}, {@code StokHareketSatiri}, ...). Failures map to the SPI's
 * {@link dev.kopru.core.connector.ConnectorException} outcomes; writes are never retried.
 */
package dev.kopru.mikro.client;
