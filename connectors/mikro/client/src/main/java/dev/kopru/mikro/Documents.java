package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;

/** The natural key every Mikro document handler uses: the caller's document number. */
final class Documents {

    private Documents() {
    }

    static NaturalKey numberKey(String operation, String number) {
        if (number == null || number.isBlank()) {
            throw new ConnectorException.Validation(operation, "number",
                    "number: required, it is how a document whose create was lost is found again", null);
        }
        return new NaturalKey("number", number);
    }
}
