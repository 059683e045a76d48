package dev.kopru.server.connections;

import dev.kopru.connector.kit.limit.VendorCredit;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.app.ItemPage;
import dev.kopru.server.metrics.ConnectionActivity;
import dev.kopru.server.metrics.ConnectorMetrics;
import dev.kopru.sync.store.StoredConnection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Connections: define, list, change, delete, test, describe, and their recent calls. Secrets go in and never come out. */
@RestController
@RequestMapping("/api/v1/connections")
@Tag(name = "connections")
public class ConnectionsController {

    private final ConnectionDirectory directory;
    private final ConnectorMetrics metrics;

    public ConnectionsController(ConnectionDirectory directory, ConnectorMetrics metrics) {
        this.directory = directory;
        this.metrics = metrics;
    }

    @PostMapping
    @Operation(summary = "Create a connection; secret fields are sealed and never shown again")
    ResponseEntity<ConnectionView> create(@RequestBody ConnectionRequests.NewConnection request) {
        StoredConnection created = directory.create(request);
        return ResponseEntity.created(URI.create("/api/v1/connections/" + created.id()))
                .body(directory.view(created));
    }

    @GetMapping
    @Operation(summary = "List connections")
    ItemPage<ConnectionView> list() {
        List<ConnectionView> items = directory.list().stream().map(directory::view).toList();
        return ItemPage.of(items);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One connection, by id or name")
    ConnectionView get(@PathVariable String id) {
        return directory.view(directory.resolve(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a connection's name or configuration (given fields replace the stored ones)")
    ConnectionView change(@PathVariable String id, @RequestBody ConnectionRequests.ConnectionChange change) {
        return directory.view(directory.change(id, change));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a connection no pipeline uses")
    ResponseEntity<Void> delete(@PathVariable String id) {
        directory.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Call the vendor: reachable, credentials, company and period accepted?")
    ConnectionTest test(@PathVariable String id) {
        StoredConnection connection = directory.resolve(id);
        Connector connector;
        try {
            connector = directory.connector(connection);
        } catch (IllegalArgumentException e) {
            return ConnectionTest.invalidConfig(connection.vendor(), e);
        }
        long start = System.nanoTime();
        try {
            connector.check();
            ConnectionTest.Credit credit = connector.capability(VendorCredit.class).map(c -> {
                BigDecimal balance = c.balance();
                metrics.creditBalance(connection, c.unit(), balance);
                return new ConnectionTest.Credit(c.unit(), balance, c.billedCalls(), c.spent());
            }).orElse(null);
            return ConnectionTest.passed(connection.vendor(), connector.descriptor().title(), millisSince(start),
                    credit);
        } catch (ConnectorException e) {
            return ConnectionTest.failed(connection.vendor(), millisSince(start), e,
                    directory.view(connection).config().get("baseUrl"));
        }
    }

    @GetMapping("/{id}/describe")
    @Operation(summary = "The connector descriptor of this connection, with its raw operations")
    DescriptorView describe(@PathVariable String id) {
        Connector connector = directory.connector(directory.resolve(id));
        return DescriptorView.of(connector.descriptor(),
                connector.capability(RawOperations.class).map(RawOperations::rawOperations).orElse(null));
    }

    @GetMapping("/{id}/activity")
    @Operation(summary = "This connection's vendor calls minute by minute: calls, p50 and p95 latency, by outcome",
            description = "Every call through the connection (runs, API reads and writes, tests), the last `minutes`"
                    + " (1 to 60) oldest first, quiet minutes included. Kept in memory by this server since it"
                    + " started: empty after a restart. Latencies in milliseconds, within 19% above the true value.")
    ConnectionActivityView activity(@PathVariable String id, @RequestParam(defaultValue = "60") int minutes) {
        if (minutes < 1 || minutes > ConnectionActivity.MINUTES) {
            throw new InvalidInputException("minutes", "must be between 1 and " + ConnectionActivity.MINUTES
                    + ", was " + minutes);
        }
        StoredConnection connection = directory.resolve(id);
        return new ConnectionActivityView(connection.id(), minutes, metrics.activity(connection, minutes));
    }

    /** The answer of {@code /activity}: one entry per minute, oldest first. */
    record ConnectionActivityView(long connectionId, int minutes, List<ConnectionActivity.Minute> perMinute) {
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
