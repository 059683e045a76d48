package dev.kopru.core.model;

/** Whether a party buys from us, sells to us, or both (Logo ACCOUNT_TYPE, DIA carikarttipi). */
public enum PartyRole { CUSTOMER, SUPPLIER, CUSTOMER_AND_SUPPLIER }
