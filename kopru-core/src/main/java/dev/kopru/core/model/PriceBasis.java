package dev.kopru.core.model;

/** Whether a unit price already contains VAT (KDV dahil) or not (KDV hariç). */
public enum PriceBasis { VAT_EXCLUDED, VAT_INCLUDED }
