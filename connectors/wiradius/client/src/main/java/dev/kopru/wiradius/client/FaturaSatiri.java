package dev.kopru.wiradius.client;

import java.math.BigDecimal;

/**
 * One line of {@code invoice/rows} (inferred keys, wiradius.md §5.4): quantity times {@code unit_price} (net), the
 * VAT rate and amount, and on telecom services the ÖİV rate and amount; {@code product} is read where
 * {@code description} is absent.
 */
public record FaturaSatiri(String row_id, String invoice_id, String product, String description, BigDecimal quantity,
                           String unit, BigDecimal unit_price, BigDecimal tax_rate, BigDecimal tax_amount,
                           BigDecimal oiv_rate, BigDecimal oiv_amount, BigDecimal line_total) {
}
