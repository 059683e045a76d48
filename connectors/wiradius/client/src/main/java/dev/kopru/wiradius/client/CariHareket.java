package dev.kopru.wiradius.client;

import java.math.BigDecimal;

/**
 * One movement of {@code cari_trans} (inferred keys, wiradius.md §5.1): {@code type} such as {@code invoice} or
 * {@code payment}, {@code invoice_id} when the movement is an invoice, {@code date} as {@code Y-m-d H:i:s}.
 */
public record CariHareket(String trans_id, String cari_id, String date, String type, String invoice_id,
                          String description, BigDecimal debt, BigDecimal credit, BigDecimal balance) {
}
