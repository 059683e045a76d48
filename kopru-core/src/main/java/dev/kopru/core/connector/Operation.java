package dev.kopru.core.connector;

/** What a connector can do with an entity; the descriptor lists these per entity. */
public enum Operation {
    /** Read every record, page by page. */
    LIST,
    /** Read the records changed since a cursor. */
    INCREMENTAL_LIST,
    /** Read one record by its vendor key. */
    GET,
    /** Find one record by a natural key (tax id, document number, code), e.g. to resolve an in-doubt create. */
    FIND_BY_NATURAL_KEY,
    CREATE,
    UPDATE,
    DELETE
}
