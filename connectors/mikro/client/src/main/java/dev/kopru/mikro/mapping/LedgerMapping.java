package dev.kopru.mikro.mapping;

import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Side;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SqlRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Account movements and balances, read from {@code CARI_HESAP_HAREKETLERI} as public Mikro integrations do:
 * {@code cha_tip} 0 is a debit (borç), 1 a credit (alacak), {@code cha_meblag} the amount in TL; cancelled rows
 * ({@code cha_iptal} 1) do not count. A movement's key is its {@code cha_Guid}; a balance's key is the party code.
 */
public final class LedgerMapping {

    private static final String MOVEMENT_COLUMNS = "cha_Guid, cha_kod, cha_tarihi, cha_evrak_tip, cha_evrakno_seri, "
            + "cha_evrakno_sira, %s AS belge_no, cha_tip, cha_meblag, cha_vade, cha_aciklama";
    /** Dates at or after this are {@code yyyyMMdd} due dates (receipts); smaller values are days (invoices). */
    private static final int FIRST_COMPACT_DATE = 19000101;

    private LedgerMapping() {
    }

    /** Up to {@code top} movements after the one keyed {@code afterGuid}, optionally of one party. */
    public static String movementsPage(String operation, DocumentSettings settings, int top, String afterGuid,
                                       String partyCode) {
        StringBuilder where = new StringBuilder(" WHERE cha_iptal = 0");
        if (afterGuid != null) {
            where.append(" AND cha_Guid > ").append(MikroSql.text("cursor", afterGuid));
        }
        if (partyCode != null) {
            where.append(" AND cha_kod = ").append(Invalid.sqlText(operation, "partyCode", partyCode));
        }
        return "SELECT TOP " + top + " " + MOVEMENT_COLUMNS.formatted(settings.chaColumn())
                + " FROM CARI_HESAP_HAREKETLERI" + where + " ORDER BY cha_Guid";
    }

    public static String movementByKey(String operation, DocumentSettings settings, String guid) {
        return "SELECT " + MOVEMENT_COLUMNS.formatted(settings.chaColumn()) + " FROM CARI_HESAP_HAREKETLERI"
                + " WHERE cha_iptal = 0 AND cha_Guid = " + Invalid.sqlText(operation, "key", guid);
    }

    public static AccountMovement movement(SqlRow row) {
        Integer tip = row.integer("cha_tip");
        Integer evrakTip = row.integer("cha_evrak_tip");
        String seri = KeyColumns.nullToEmpty(row.text("cha_evrakno_seri"));
        Integer sira = row.integer("cha_evrakno_sira");
        String number = PartyMapping.blankToNull(row.text("belge_no"));
        if (number == null && sira != null) {
            number = seri + "-" + sira;
        }
        LocalDate date = row.date("cha_tarihi");
        BigDecimal amount = row.decimal("cha_meblag");
        return new AccountMovement(row.text("cha_Guid"), row.text("cha_kod"), date, documentType(evrakTip), number,
                tip == null ? null : tip == MikroCodes.CHA_TIP_ALACAK ? Side.CREDIT : Side.DEBIT,
                amount == null ? null : new Money(amount, Money.TRY), due(date, row.decimal("cha_vade")),
                PartyMapping.blankToNull(row.text("cha_aciklama")), null);
    }

    /** Mikro's document type in words where the reference names it, else {@code cha_evrak_tip:<n>}. */
    static String documentType(Integer evrakTip) {
        if (evrakTip == null) {
            return null;
        }
        return switch (evrakTip) {
            case MikroCodes.CHA_EVRAK_TIP_SATIS_FATURASI -> "sales-invoice";
            case MikroCodes.CHA_EVRAK_TIP_TAHSILAT -> "receipt";
            default -> "cha_evrak_tip:" + evrakTip;
        };
    }

    private static LocalDate due(LocalDate date, BigDecimal vade) {
        if (vade == null || vade.signum() <= 0) {
            return null;
        }
        int value = vade.intValue();
        if (value >= FIRST_COMPACT_DATE) {
            return MikroDates.parseDate(Integer.toString(value));
        }
        return date == null ? null : date.plusDays(value);
    }

    private static final String BALANCE_COLUMNS = "cha_kod, "
            + "SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE 0 END) AS borc, "
            + "SUM(CASE WHEN cha_tip = 1 THEN cha_meblag ELSE 0 END) AS alacak, "
            + "SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) AS bakiye";

    /** Balances of up to {@code top} parties after {@code afterParty}, in party-code order. */
    public static String balancesPage(int top, String afterParty) {
        String where = " WHERE cha_iptal = 0" + (afterParty == null ? ""
                : " AND cha_kod > " + MikroSql.text("cursor", afterParty));
        return "SELECT TOP " + top + " " + BALANCE_COLUMNS + " FROM CARI_HESAP_HAREKETLERI" + where
                + " GROUP BY cha_kod ORDER BY cha_kod";
    }

    public static String balanceOf(String operation, String partyCode) {
        return "SELECT " + BALANCE_COLUMNS + " FROM CARI_HESAP_HAREKETLERI WHERE cha_iptal = 0 AND cha_kod = "
                + Invalid.sqlText(operation, "partyCode", partyCode) + " GROUP BY cha_kod";
    }

    public static Balance balance(SqlRow row, Instant asOf) {
        return new Balance(row.text("cha_kod"), tl(row.decimal("borc")), tl(row.decimal("alacak")),
                tl(row.decimal("bakiye")), asOf);
    }

    private static Money tl(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, Money.TRY);
    }
}
