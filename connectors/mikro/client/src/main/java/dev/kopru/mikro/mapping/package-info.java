/**
 * Canonical records ↔ Mikro wire records and SQL rows. Input is checked here before anything is sent (a refusal names
 * the canonical field, e.g. {@code lines[1].vatRate}); line amounts come from kopru-core's
 * {@link dev.kopru.core.money.DocumentTotals}; values written into SQL go through {@link dev.kopru.mikro.mapping.MikroSql}.
 * Mikro code values and where they come from are in {@code MikroCodes}.
 */
package dev.kopru.mikro.mapping;
