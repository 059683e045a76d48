package dev.kopru.core.model;

/** FarmaBorsa miadTip: a dated expiry, or only "under / over 12 months". */
public enum ExpiryKind { DATED, UNDER_12_MONTHS, OVER_12_MONTHS }
