/**
 * The typed client of Wiradius's accounting web service: {@link dev.kopru.wiradius.client.WiradiusClient}, its
 * {@link dev.kopru.wiradius.client.WiradiusConfig}, the wire records named as Wiradius names its fields
 * ({@link dev.kopru.wiradius.client.Cari}, {@link dev.kopru.wiradius.client.CariHareket},
 * {@link dev.kopru.wiradius.client.Fatura}, {@link dev.kopru.wiradius.client.FaturaSatiri}) and the envelope reader.
 */
package dev.kopru.wiradius.client;
