package dev.kopru.mikro.mapping;

import dev.kopru.core.model.Money;

/**
 * Mikro currency numbers. Only 0 = TL is documented (mikro.md §6); the others are rows of each installation's own
 * currency table, so the mapping refuses a foreign currency rather than guess its number.
 */
final class Currencies {

    private Currencies() {
    }

    /** The Mikro number of an ISO code; {@code null} means TRY. */
    static int toMikro(String operation, String field, String iso) {
        if (iso == null || Money.TRY.equals(iso)) {
            return MikroCodes.DOVIZ_TL;
        }
        throw Invalid.field(operation, field, "'" + iso + "' cannot be written: only TRY (Mikro currency 0) is mapped,"
                + " other currency numbers depend on the installation's currency table");
    }

    /** The ISO code of a Mikro number; {@code null} when unknown or absent. */
    static String fromMikro(Integer mikro) {
        return mikro != null && mikro == MikroCodes.DOVIZ_TL ? Money.TRY : null;
    }
}
