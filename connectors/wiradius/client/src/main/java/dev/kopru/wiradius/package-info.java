/**
 * The Wiradius connector: {@link dev.kopru.wiradius.WiradiusConnector} (read-only: parties, account movements,
 * payments, invoices), its descriptor and factory; dated reads walk the date windows Wiradius allows
 * ({@code DatedRead}), since the service has no change dates.
 */
package dev.kopru.wiradius;
