package dev.kopru.connector.kit.chain;

import java.util.List;

/** The capabilities of {@link ScriptedConnector} that the core SPI does not define. */
final class ScriptedConnectorCapabilities {

    private ScriptedConnectorCapabilities() {
    }

    /** A vendor's own capability, as a connector module would define it. */
    interface Lists extends Chainable<Lists> {
        List<String> names();

        @Override
        default Lists through(Calls calls) {
            Lists self = this;
            return () -> calls.call("names", VendorCall.Kind.READ, self::names);
        }
    }

    /** A capability that cannot route its calls through a chain. */
    interface Unchained {
    }
}
