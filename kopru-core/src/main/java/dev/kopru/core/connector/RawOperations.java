package dev.kopru.core.connector;

import java.util.List;

/**
 * A connector that can send any of its vendor's documented operations as they are, for what the canonical model
 * does not cover. The caller gives the operation's own JSON body; the connector adds the connection's credentials
 * (any credential in the body is replaced by the connection's), sends it under the connection's rate limit, and
 * returns the vendor's JSON answer with every secret masked.
 *
 * <p>Failure semantics as for every connector call: a {@link ConnectorException}. A read may be retried on a
 * transient failure; a {@linkplain RawOperation#write() write} is sent once and ends in
 * {@link ConnectorException.InDoubt} when its outcome is unknown.
 */
public interface RawOperations {

    /** One vendor operation callable raw: its name as the vendor spells it, and whether it changes data. */
    record RawOperation(String name, boolean write) {
    }

    /** Every operation {@link #callRaw} accepts. */
    List<RawOperation> rawOperations();

    /**
     * Sends {@code operation} (a name from {@link #rawOperations()}, matched ignoring case) with {@code jsonBody}.
     *
     * @throws IllegalArgumentException naming {@code operation} when it is unknown, or {@code body} when the body is
     *     not a JSON object
     */
    String callRaw(String operation, String jsonBody);
}
