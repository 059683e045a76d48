package dev.kopru.wiradius.client;

/** {@code will_borrow} of {@code cari_list}: debtors (Borçlu), creditors (Alacaklı) or zero balances (Temiz). */
public enum Bakiye {
    BORCLU(1), ALACAKLI(2), TEMIZ(3);

    private final int code;

    Bakiye(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
