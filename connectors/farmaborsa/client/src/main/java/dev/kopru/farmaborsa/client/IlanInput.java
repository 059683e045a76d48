package dev.kopru.farmaborsa.client;

import java.math.BigDecimal;

/**
 * The body of IlanKaydet, FarmaBorsa's {@code ilanInput} (farmaborsa.md §5.1) without the credentials, which the
 * client adds. {@code ilan} 0 inserts a new listing, a listing code updates that listing (everything but the product
 * can change). Numbers go out as JSON numbers, as the C# model types them; {@code null} fields are left out.
 *
 * @param miad    the expiry date as the vendor's {@code DateTime} text ({@code 2026-01-31}); only with {@code miadTip} 1
 * @param miadTip 1 dated, 2 under 12 months, 3 over 12 months
 * @param tutar   unit price, VAT included
 * @param aktif   1 publish, 0 keep among the inactive listings
 * @param maliyet cost; only on the vendor's newest page
 * @param oneCikan featured; only on the vendor's newest page
 */
public record IlanInput(int ilan, String urunErp, String urunAd, String barkod, int adet, Integer maxAdet,
                        Boolean maxAdetGorunsun, String miad, int miadTip, BigDecimal tutar, int aktif,
                        Boolean borsadaGoster, String resimUrl, BigDecimal kdv, BigDecimal psf, String kategoriAd,
                        String markaAd, BigDecimal maliyet, Boolean oneCikan) {

    /** Inserts a new listing. */
    public static final int NEW = 0;

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IlanInput}; {@code ilan} defaults to {@link #NEW}, {@code aktif} to 1. */
    public static final class Builder {
        private int ilan = NEW;
        private String urunErp;
        private String urunAd;
        private String barkod;
        private int adet;
        private Integer maxAdet;
        private Boolean maxAdetGorunsun;
        private String miad;
        private int miadTip;
        private BigDecimal tutar;
        private int aktif = 1;
        private Boolean borsadaGoster;
        private String resimUrl;
        private BigDecimal kdv;
        private BigDecimal psf;
        private String kategoriAd;
        private String markaAd;
        private BigDecimal maliyet;
        private Boolean oneCikan;

        private Builder() {
        }

        public Builder ilan(int ilan) {
            this.ilan = ilan;
            return this;
        }

        public Builder urunErp(String urunErp) {
            this.urunErp = urunErp;
            return this;
        }

        public Builder urunAd(String urunAd) {
            this.urunAd = urunAd;
            return this;
        }

        public Builder barkod(String barkod) {
            this.barkod = barkod;
            return this;
        }

        public Builder adet(int adet) {
            this.adet = adet;
            return this;
        }

        public Builder maxAdet(Integer maxAdet) {
            this.maxAdet = maxAdet;
            return this;
        }

        public Builder maxAdetGorunsun(Boolean maxAdetGorunsun) {
            this.maxAdetGorunsun = maxAdetGorunsun;
            return this;
        }

        public Builder miad(String miad) {
            this.miad = miad;
            return this;
        }

        public Builder miadTip(int miadTip) {
            this.miadTip = miadTip;
            return this;
        }

        public Builder tutar(BigDecimal tutar) {
            this.tutar = tutar;
            return this;
        }

        public Builder aktif(int aktif) {
            this.aktif = aktif;
            return this;
        }

        public Builder borsadaGoster(Boolean borsadaGoster) {
            this.borsadaGoster = borsadaGoster;
            return this;
        }

        public Builder resimUrl(String resimUrl) {
            this.resimUrl = resimUrl;
            return this;
        }

        public Builder kdv(BigDecimal kdv) {
            this.kdv = kdv;
            return this;
        }

        public Builder psf(BigDecimal psf) {
            this.psf = psf;
            return this;
        }

        public Builder kategoriAd(String kategoriAd) {
            this.kategoriAd = kategoriAd;
            return this;
        }

        public Builder markaAd(String markaAd) {
            this.markaAd = markaAd;
            return this;
        }

        public Builder maliyet(BigDecimal maliyet) {
            this.maliyet = maliyet;
            return this;
        }

        public Builder oneCikan(Boolean oneCikan) {
            this.oneCikan = oneCikan;
            return this;
        }

        public IlanInput build() {
            return new IlanInput(ilan, urunErp, urunAd, barkod, adet, maxAdet, maxAdetGorunsun, miad, miadTip, tutar,
                    aktif, borsadaGoster, resimUrl, kdv, psf, kategoriAd, markaAd, maliyet, oneCikan);
        }
    }
}
