package dev.kopru.mikro.mapping;

import dev.kopru.core.input.InvalidInputException;
import java.util.Objects;

/**
 * How documents are written: the series Mikro numbers them in when the caller gives none, and the column that
 * carries the caller's document number (the natural key by which a lost create is found again).
 *
 * <p>{@code naturalKeyColumn} defaults to {@code cha_belge_no}, Mikro's "belge no" (the paper document's number).
 * That it is free for our use and searchable is an inference: the API pages do not list it for FaturaKaydetV2. The
 * same column with the table's prefix is used on lines ({@code sth_belge_no}) and orders ({@code sip_belgeno}).
 */
public record DocumentSettings(String series, String naturalKeyColumn, int subeNo) {

    public static final String DEFAULT_SERIES = "KPR";
    public static final String DEFAULT_NATURAL_KEY_COLUMN = "cha_belge_no";

    public DocumentSettings {
        Objects.requireNonNull(series, "series");
        if (series.length() > 20 || !series.matches("[\\p{L}\\p{N}_.-]*")) {
            throw new InvalidInputException("documentSeries", "'" + series
                    + "' must be at most 20 letters, digits, '_', '.' or '-'");
        }
        MikroSql.column("naturalKeyColumn", naturalKeyColumn);
        if (!naturalKeyColumn.startsWith("cha_")) {
            throw new InvalidInputException("naturalKeyColumn", "'" + naturalKeyColumn
                    + "' must be a cha_ column (CARI_HESAP_HAREKETLERI); sth_ and sip_ follow from it");
        }
    }

    public static DocumentSettings defaults() {
        return new DocumentSettings(DEFAULT_SERIES, DEFAULT_NATURAL_KEY_COLUMN, 0);
    }

    /** The natural-key column on cari movements, e.g. {@code cha_belge_no}. */
    public String chaColumn() {
        return naturalKeyColumn;
    }

    /** The same column on stock movements, e.g. {@code sth_belge_no}. */
    public String sthColumn() {
        return "sth_" + naturalKeyColumn.substring(4);
    }

    /** The same column on orders; Mikro spells the order's belge no {@code sip_belgeno}, without the underscore. */
    public String sipColumn() {
        String suffix = naturalKeyColumn.substring(4);
        return suffix.equals("belge_no") ? "sip_belgeno" : "sip_" + suffix;
    }

    /** The series of a document: its own, else the configured one. */
    public String seriesOr(String own) {
        return own == null || own.isBlank() ? series : own;
    }
}
