package dev.kopru.core.tax;

/** A VKN (vergi kimlik numarası, 10 digits, companies) or a TCKN (T.C. kimlik numarası, 11 digits, persons). */
public enum TaxIdKind { VKN, TCKN }
