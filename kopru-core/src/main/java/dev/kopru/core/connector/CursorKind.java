package dev.kopru.core.connector;

/** How a connector resumes a read; tells the engine whether a cursor can be set from a date. */
public enum CursorKind {
    /** No incremental read: every read is a full read. */
    NONE,
    /** Vendor change date plus record key, read with a look-back window. */
    CHANGE_DATE_AND_KEY,
    /** A vendor paging token or page number; resumable but not settable from a date. */
    PAGE_TOKEN
}
