package dev.kopru.mikro.mapping;

import dev.kopru.core.model.Money;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.client.TahsilatTediyeEvragi;
import dev.kopru.mikro.client.TahsilatTediyeSatiri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Payment ↔ {@code TahsilatTediyeKaydetV3} document. Mapped: cash received from a party into a cash box
 * ({@code cha_kasa_hizkod} = {@link Payment#account()}), with the codes of Mikro's cash-receipt example (G7). Not
 * mapped, because the reference gives no codes for them: payments made (tediye), bank, card, cheque and note.
 */
public final class PaymentMapping {

    private static final String COLUMNS = "cha_evrakno_seri, cha_evrakno_sira, %s AS belge_no, cha_tarihi, cha_kod, "
            + "cha_meblag, cha_kasa_hizkod, cha_vade, cha_aciklama";
    private static final String FROM = " FROM CARI_HESAP_HAREKETLERI WHERE cha_iptal = 0 AND cha_evrak_tip = "
            + MikroCodes.CHA_EVRAK_TIP_TAHSILAT;
    private static final String ORDER = " ORDER BY cha_evrakno_seri, cha_evrakno_sira, cha_satir_no";

    private PaymentMapping() {
    }

    public static TahsilatTediyeEvragi toTahsilat(String operation, Payment payment, DocumentSettings settings) {
        String number = Invalid.documentNumber(operation, payment.number());
        if (!payment.received()) {
            throw Invalid.field(operation, "received", "payments made (tediye) are not mapped: the reference gives"
                    + " codes only for a cash receipt (tahsilat)");
        }
        if (payment.method() != null && payment.method() != PaymentMethod.CASH) {
            throw Invalid.field(operation, "method", payment.method() + " is not mapped: only CASH (Mikro's"
                    + " documented cash receipt) is");
        }
        LocalDate date = Invalid.requireDate(operation, payment.date());
        String partyCode = Invalid.requireText(operation, "partyCode", payment.partyCode());
        String cashBox = Invalid.requireText(operation, "account", payment.account());
        if (payment.amount() == null || payment.amount().amount().signum() <= 0) {
            throw Invalid.field(operation, "amount", "must be more than 0, was " + payment.amount());
        }
        Currencies.toMikro(operation, "amount.currency", payment.amount().currency());
        LocalDate due = payment.dueDate() == null ? date : payment.dueDate();
        TahsilatTediyeSatiri satir = new TahsilatTediyeSatiri(MikroDates.document(date), MikroCodes.CHA_TIP_ALACAK,
                MikroCodes.CHA_CINSI_NAKIT, MikroCodes.NORMAL, MikroCodes.CHA_EVRAK_TIP_TAHSILAT,
                settings.series(), MikroCodes.CARI_CINS_CARI, partyCode, MikroCodes.DOVIZ_TL, BigDecimal.ONE,
                MikroCodes.CHA_KASA_HIZMET_KASA, cashBox, MikroDates.compact(due),
                payment.amount().amount().toPlainString(), null, Map.of(settings.chaColumn(), number));
        return new TahsilatTediyeEvragi(DocumentNotes.of(payment.note()), List.of(satir));
    }

    public static String byNumber(String operation, DocumentSettings settings, String number) {
        return "SELECT " + COLUMNS.formatted(settings.chaColumn()) + FROM + " AND " + settings.chaColumn() + " = "
                + Invalid.sqlText(operation, "number", number) + ORDER;
    }

    public static String byKey(DocumentSettings settings, DocumentKey key) {
        return "SELECT " + COLUMNS.formatted(settings.chaColumn()) + FROM + " AND " + KeyColumns.CHA.is("key", key);
    }

    public static String page(DocumentSettings settings, int top, DocumentKey after) {
        return "SELECT TOP " + top + " " + COLUMNS.formatted(settings.chaColumn()) + FROM + KeyColumns.CHA.after(after)
                + ORDER;
    }

    public static DocumentKey keyOf(SqlRow row) {
        return KeyColumns.CHA.of(row);
    }

    public static Payment fromRow(SqlRow row) {
        DocumentKey key = keyOf(row);
        BigDecimal amount = row.decimal("cha_meblag");
        String vade = row.text("cha_vade");
        LocalDate due = vade != null && vade.matches("\\d{8}") ? MikroDates.parseDate(vade) : null;
        return new Payment(key.toString(), PartyMapping.blankToNull(row.text("belge_no")), true, PaymentMethod.CASH,
                row.date("cha_tarihi"), due, row.text("cha_kod"),
                amount == null ? null : new Money(amount, Money.TRY), row.text("cha_kasa_hizkod"),
                PartyMapping.blankToNull(row.text("cha_aciklama")), null);
    }
}
