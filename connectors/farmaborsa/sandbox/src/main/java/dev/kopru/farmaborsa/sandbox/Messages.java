package dev.kopru.farmaborsa.sandbox;

/**
 * The {@code mesaj} texts. {@link #SUCCESS} is the vendor's (seen in the IlanlarimListesi example); the rest are
 * farmaborsa.md §2's sandbox wording [inference], kept in one place so tests and docs can point at them.
 */
final class Messages {

    static final String SUCCESS = "BAŞARILI";
    static final String BAD_CREDENTIALS = "Kullanıcı adı, parola veya apiKey hatalı";
    static final String BAD_BODY = "İstek gövdesi geçerli bir JSON nesnesi olmalıdır";
    static final String LISTING_NOT_FOUND = "İlan bulunamadı";
    static final String ORDER_NOT_FOUND = "Sipariş bulunamadı";
    static final String PRODUCT_CHANGE = "Ürün değiştirilemez";
    static final String CANNOT_CONFIRM = "Sipariş bu durumda onaylanamaz";
    static final String CANNOT_CANCEL = "Sipariş bu durumda iptal edilemez";
    static final String CANNOT_LINK_CARGO = "Sipariş bu durumda kargo linki oluşturulamaz";
    static final String CANNOT_INVOICE = "İptal edilmiş siparişe fatura eklenemez";
    static final String ALL_LINES_REQUIRED = "satisMiktarOnayList siparişin tüm ürünlerini içermelidir";
    static final String PRODUCT_REQUEST_CREATED = "Ürün kartı talebi oluşturuldu";
    static final String PRODUCT_REQUEST_PENDING = "Talep inceleniyor";
    static final String PRODUCT_REQUEST_APPROVED = "Talep onaylandı";
    static final String PRODUCT_REQUEST_REJECTED = "Ürün kartı talebi reddedildi";
    static final String PRODUCT_REQUEST_NOT_FOUND = "Ürün kartı talebi bulunamadı";

    private Messages() {
    }

    /** The page's sentence for the vendor's 10 a minute; the same shape for a limit scaled for tests. */
    static String rateLimited(int permits, java.time.Duration period) {
        long millis = period.toMillis();
        String window;
        if (millis % 60_000 == 0) {
            window = (millis / 60_000) + " dk'da";
        } else if (millis % 1_000 == 0) {
            window = (millis / 1_000) + " sn'de";
        } else {
            window = millis + " ms'de";
        }
        return window + " maksimum " + permits + " istek atabilirsiniz.";
    }
}
