package dev.kopru.mikro.client;

import dev.kopru.core.input.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/** {@code KayıtOkuV2}'s filters, inside {@code Mikro}: a Mikro table number and a change-date range. */
public record KayitOkuSorgusu(int TableNo, LocalDate ChangeStartDate, LocalDate ChangeEndDate, int Size, int Index) {

    /** KayıtOkuV2 returns at most 500 rows a page (mikro.md §7). */
    public static final int MAX_SIZE = 500;

    public KayitOkuSorgusu {
        Objects.requireNonNull(ChangeStartDate, "ChangeStartDate");
        Objects.requireNonNull(ChangeEndDate, "ChangeEndDate");
        Paging.check(Size, Index);
        if (Size > MAX_SIZE) {
            throw new InvalidInputException("Size", "KayıtOkuV2 allows at most " + MAX_SIZE + ", was " + Size);
        }
    }
}
