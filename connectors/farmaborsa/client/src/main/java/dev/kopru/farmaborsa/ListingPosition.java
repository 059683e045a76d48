package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.farmaborsa.client.IlanDurumu;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a read of listings stands: IlanlarimListesi returns a whole list (active, or passive) with no paging, so a
 * read takes the active list and then the passive one, each in listing-code order, and pages by "codes after
 * {@code afterKod}". There is no change date, so every read is a full read; the last page points back to the start.
 */
record ListingPosition(IlanDurumu list, int afterKod) {

    private static final String VERSION = "l1";

    static ListingPosition start(IlanDurumu first) {
        return new ListingPosition(first, 0);
    }

    Cursor encode() {
        String raw = VERSION + "|" + list.name() + "|" + afterKod;
        return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
    }

    /** The request's position; a token this connector did not issue is refused naming {@code cursor}. */
    static ListingPosition from(ReadRequest request, String operation, IlanDurumu first) {
        if (request.from().isEmpty()) {
            return start(first);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(request.from().get().value()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(operation, "it is not base64url");
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw refused(operation, "it is not a listing position of this connector");
        }
        try {
            int after = Integer.parseInt(parts[2]);
            if (after < 0) {
                throw new IllegalArgumentException("negative");
            }
            return new ListingPosition(IlanDurumu.valueOf(parts[1]), after);
        } catch (IllegalArgumentException e) {
            throw refused(operation, "its position '" + parts[1] + "|" + parts[2] + "' is not one this connector"
                    + " issues");
        }
    }

    private static ConnectorException.Validation refused(String operation, String why) {
        return new ConnectorException.Validation(operation, "cursor",
                "cursor: cannot be read because " + why + "; reset the cursor", null);
    }
}
