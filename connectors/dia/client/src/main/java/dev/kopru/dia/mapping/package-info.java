/**
 * Where DİA's wire records meet the canonical model: {@link dev.kopru.dia.mapping.PartyMapping} (cari),
 * {@link dev.kopru.dia.mapping.ItemMapping} (stok) and {@link dev.kopru.dia.mapping.DocumentMapping} (fatura,
 * sipariş and irsaliye with lines, totals checked with {@link dev.kopru.core.money.DocumentTotals}).
 */
package dev.kopru.dia.mapping;
