package dev.kopru.core.model;

/** Sales or purchase, normal or return (iade). */
public enum DocumentDirection { SALES, PURCHASE, SALES_RETURN, PURCHASE_RETURN }
