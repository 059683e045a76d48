package dev.kopru.core.model;

import java.math.BigDecimal;

/**
 * One line of an invoice, order or dispatch note, as entered: quantity times unit price, less a discount, with a
 * VAT rate (0, 1, 8, 10, 18 or 20). Totals are never stored here; {@link dev.kopru.core.money.DocumentTotals}
 * computes them, so that every connector rounds the same way.
 *
 * @param discountRate percent off the line (0–100), applied before VAT; {@code null} means none
 */
public record DocumentLine(int lineNo, LineKind kind, String itemCode, String barcode, String description,
                           BigDecimal quantity, String unit, BigDecimal unitPrice, PriceBasis priceBasis,
                           BigDecimal vatRate, BigDecimal discountRate, String warehouse) {
}
