package dev.kopru.server.raw;

import dev.kopru.core.connector.RawOperations;
import dev.kopru.server.connections.ConnectionDirectory;
import dev.kopru.server.problems.OperationNotAllowedException;
import dev.kopru.sync.store.StoredConnection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vendor operation as the vendor documents it, for what the canonical model does not cover: the body is the
 * operation's own request, the connection adds its credentials, and the answer is the vendor's JSON. A write is sent
 * once; its failures are problems like any other (a vendor refusal is a 422 with the vendor's message).
 */
@RestController
@Tag(name = "raw")
public class RawController {

    private final ConnectionDirectory directory;

    public RawController(ConnectionDirectory directory) {
        this.directory = directory;
    }

    @PostMapping(path = "/api/v1/connections/{id}/raw/{operation}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send one vendor operation with its own JSON body; credentials are added by the connection")
    ResponseEntity<String> call(@PathVariable String id, @PathVariable String operation,
                                InputStream body) throws IOException {
        StoredConnection connection = directory.resolve(id);
        RawOperations raw = directory.connector(connection).capability(RawOperations.class).orElseThrow(
                () -> new OperationNotAllowedException("raw", "operation: " + connection.vendor()
                        + " connections offer no raw operations", List.of()));
        // read here rather than bound by Spring, which would log the body (it may carry secrets) at DEBUG
        String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(raw.callRaw(operation, json));
    }
}
