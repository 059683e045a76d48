package dev.kopru.server.connections;

import dev.kopru.server.app.ItemPage;
import dev.kopru.core.connector.ConnectorFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The installed connectors: what a connection of each vendor supports and how it is configured. */
@RestController
@Tag(name = "connections")
public class ConnectorsController {

    @GetMapping("/api/v1/connectors")
    @Operation(summary = "Installed connectors: entities, operations, cursor kinds, natural keys, limits, config fields")
    ItemPage<DescriptorView> connectors() {
        return ItemPage.of(ConnectorFactory.installed().stream().map(ConnectorFactory::descriptor)
                .sorted(Comparator.comparing(d -> d.vendor())).map(d -> DescriptorView.of(d, null)).toList());
    }
}
