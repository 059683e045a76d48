package dev.kopru.core.model;

/** Debit (borç) or credit (alacak) side of a party's account. */
public enum Side { DEBIT, CREDIT }
