/**
 * Where Wiradius's wire records meet Köprü's canonical ones: customers (cari) to parties, {@code cari_trans} to
 * account movements and collections to payments, {@code invoice/list} with {@code invoice/rows} to invoices whose
 * ÖİV is a line of its own ({@link dev.kopru.core.model.LineKind#TAX}).
 */
package dev.kopru.wiradius.mapping;
