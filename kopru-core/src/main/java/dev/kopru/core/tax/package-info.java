/** Turkish tax ids (VKN for companies, TCKN for persons): validation with the failing rule named, and generation. */
package dev.kopru.core.tax;
