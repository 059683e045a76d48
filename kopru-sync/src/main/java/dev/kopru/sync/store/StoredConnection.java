package dev.kopru.sync.store;

/** A vendor account the engine reads from or writes to; {@code configJson} holds the connector's settings. */
public record StoredConnection(long id, String vendor, String name, String configJson) {
    @Override
    public String toString() {
        // the configuration may hold secrets until encryption at rest arrives with the server
        return "StoredConnection[id=" + id + ", vendor=" + vendor + ", name=" + name + "]";
    }
}
