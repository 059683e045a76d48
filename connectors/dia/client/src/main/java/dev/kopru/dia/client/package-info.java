/**
 * The DİA web service v3 client: {@link dev.kopru.dia.client.DiaClient} on the connector kit, with
 * {@link dev.kopru.dia.client.DiaConfig}, the session ({@code DiaSession}), the string-code envelope
 * ({@code DiaEnvelope}), the five service kinds of any model ({@link dev.kopru.dia.client.DiaModel}) and the wire
 * records named as DİA names its fields ({@link dev.kopru.dia.client.CariKart}, {@link dev.kopru.dia.client.StokKart},
 * {@link dev.kopru.dia.client.Fatura}).
 */
package dev.kopru.dia.client;
