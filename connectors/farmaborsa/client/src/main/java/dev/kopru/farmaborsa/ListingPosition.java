package dev.kopru.farmaborsa;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.farmaborsa.client.IlanDurumu;

/**
 * Where a read of listings stands: IlanlarimListesi returns a whole list (active, or passive) with no paging, so a
 * read takes the active list and then the passive one, each in listing-code order, and pages by "codes after
 * {@code afterKod}". There is no change date, so every read is a full read; the last page points back to the start.
 */
record ListingPosition(IlanDurumu list, int afterKod) {

    private static final CursorCodec<ListingPosition> CODEC = CursorCodec.of("farmaborsa.listings.1",
            ListingPosition.class);

    static ListingPosition start(IlanDurumu first) {
        return new ListingPosition(first, 0);
    }

    Cursor encode() {
        return CODEC.encode(this);
    }

    /** The request's position; a token this connector did not issue is refused naming {@code cursor}. */
    static ListingPosition from(ReadRequest request, String operation, IlanDurumu first) {
        ListingPosition position = CODEC.decode(request, operation).orElseGet(() -> start(first));
        if (position.list() == null || position.afterKod() < 0) {
            throw CursorCodec.refused(operation, "its position is not one this connector issues");
        }
        return position;
    }
}
