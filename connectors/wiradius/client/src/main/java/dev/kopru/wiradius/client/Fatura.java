package dev.kopru.wiradius.client;

import java.math.BigDecimal;

/**
 * One invoice of {@code invoice/list} (wiradius.md §5.3): {@code invoice_id} and {@code cari_id} are documented, the
 * rest inferred. {@code total} is net of taxes, {@code oiv_total} the special communication tax (ÖİV),
 * {@code tax_total} the VAT, {@code grand_total} the payable amount.
 */
public record Fatura(String invoice_id, String cari_id, String invoice_no, String invoice_date, String type,
                     String invoice_type, String ettn, String cari_name, BigDecimal total, BigDecimal oiv_total,
                     BigDecimal tax_total, BigDecimal grand_total, String currency) {
}
