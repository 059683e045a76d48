package dev.kopru.core.model;

/**
 * What a document line charges: a stock item, a service (e.g. a shipping fee), an expense, or a tax other than VAT
 * that the document charges on its own line (the telecom ÖİV, özel iletişim vergisi). A {@code TAX} line's unit
 * price is the tax amount; its VAT rate is the rate of the VAT charged on it, 0 when the tax is outside the VAT base,
 * so that {@link dev.kopru.core.money.DocumentTotals} reconciles the document's net, VAT and gross with the vendor's.
 */
public enum LineKind { ITEM, SERVICE, EXPENSE, TAX }
