package dev.kopru.farmaborsa.client;

import dev.kopru.core.input.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an order list asks for (farmaborsa.md §5.4, §5.8): a status, or one sale by {@code satisKod} (which makes the
 * vendor ignore the status), optionally a date range sent as {@code MM.dd.yyyy}, and a page number ({@code sayfa},
 * seller's list only; its page size is not documented).
 */
public record SiparisSorgusu(SatisDurum satisDurum, int satisKod, int sayfa, LocalDate baslama, LocalDate bitis) {

    public SiparisSorgusu {
        if (satisKod < 0) {
            throw new InvalidInputException("satisKod", "must not be negative, was " + satisKod);
        }
        if (satisKod == 0) {
            Objects.requireNonNull(satisDurum, "satisDurum");
        }
        if (sayfa < 1) {
            throw new InvalidInputException("sayfa", "pages start at 1, was " + sayfa);
        }
        if ((baslama == null) != (bitis == null)) {
            throw new IllegalArgumentException("baslama, bitis: give both dates of the range or neither");
        }
        if (baslama != null && bitis.isBefore(baslama)) {
            throw new InvalidInputException("bitis", bitis + " lies before baslama " + baslama);
        }
    }

    /** Page 1 of the orders in {@code durum}. */
    public static SiparisSorgusu durum(SatisDurum durum) {
        return new SiparisSorgusu(durum, 0, 1, null, null);
    }

    /** The one sale {@code satisKod}. */
    public static SiparisSorgusu satis(int satisKod) {
        if (satisKod < 1) {
            throw new InvalidInputException("satisKod", "must be positive, was " + satisKod);
        }
        return new SiparisSorgusu(null, satisKod, 1, null, null);
    }

    public SiparisSorgusu sayfa(int sayfa) {
        return new SiparisSorgusu(satisDurum, satisKod, sayfa, baslama, bitis);
    }

    /** Orders dated {@code baslama} to {@code bitis}, both included. */
    public SiparisSorgusu arasinda(LocalDate baslama, LocalDate bitis) {
        return new SiparisSorgusu(satisDurum, satisKod, sayfa, baslama, bitis);
    }

    /** The status code sent: 0 when asking for one sale (the vendor ignores it then). */
    int satisDurumKodu() {
        return satisKod != 0 || satisDurum == null ? 0 : satisDurum.kod();
    }
}
