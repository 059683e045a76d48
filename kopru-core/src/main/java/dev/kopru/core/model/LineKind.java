package dev.kopru.core.model;

/** What a document line sells: a stock item, a service (e.g. a shipping fee), or an expense. */
public enum LineKind { ITEM, SERVICE, EXPENSE }
