/**
 * The one place where Logo's wire records ({@code Arps}, {@code items}, {@code salesInvoices} with their
 * {@code TRANSACTIONS}) meet Köprü's canonical records. Logo's field names stay inside these classes.
 */
package dev.kopru.logo.mapping;
