package dev.kopru.core.model;

/** How money moved: cash box, bank, credit card, cheque (çek) or promissory note (senet). */
public enum PaymentMethod { CASH, BANK, CREDIT_CARD, CHEQUE, PROMISSORY_NOTE }
