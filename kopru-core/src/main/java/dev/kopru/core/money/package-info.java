/**
 * Money and KDV arithmetic: the one place where line and document totals are computed ({@link
 * dev.kopru.core.money.DocumentTotals}), unit prices are converted between VAT-included and VAT-excluded ({@link
 * dev.kopru.core.money.Vat}) and VAT rates are validated ({@link dev.kopru.core.money.VatRate}). Every amount is a
 * {@link java.math.BigDecimal} at kuruş scale, rounded half-up; unit prices converted here are at four decimals.
 */
package dev.kopru.core.money;
