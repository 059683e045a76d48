package dev.kopru.mikro.mapping;

/**
 * The Mikro code values the mapping writes, each with where it comes from (mikro.md §6). Values marked inference are
 * what the examples show for one case; an installation may use others, which is why they live in one place.
 */
final class MikroCodes {

    private MikroCodes() {
    }

    /** {@code cha_tip}: debit (borç) and credit (alacak) of the party's account [code][seed]. */
    static final int CHA_TIP_BORC = 0;
    static final int CHA_TIP_ALACAK = 1;

    /** Sales invoice header: {@code cha_evrak_tip} 63, {@code cha_cinsi} 7 (Postman "Satış faturası"). */
    static final int CHA_EVRAK_TIP_SATIS_FATURASI = 63;
    static final int CHA_CINSI_SATIS_FATURASI = 7;

    /** Sales invoice stock line: {@code sth_evraktip} 4, {@code sth_tip} 1 = stock exit [postman]. */
    static final int STH_EVRAKTIP_SATIS_FATURASI = 4;
    static final int STH_TIP_CIKIS = 1;

    /** Sales dispatch note line: {@code sth_evraktip} 1 = çıkış irsaliyesi [inference: not in mikro.md's tables]. */
    static final int STH_EVRAKTIP_CIKIS_IRSALIYESI = 1;

    /** Cash receipt (tahsilat): {@code cha_evrak_tip} 1, {@code cha_cinsi} 0, {@code cha_kasa_hizmet} 4 [G7: inference]. */
    static final int CHA_EVRAK_TIP_TAHSILAT = 1;
    static final int CHA_CINSI_NAKIT = 0;
    static final int CHA_KASA_HIZMET_KASA = 4;

    /** {@code sip_tip} 0 = sales order [inference from the Django client's payloads]. */
    static final int SIP_TIP_SATIS = 0;

    /** Normal (not a return), wholesale, party is a cari account, stock unit 1 [postman]. */
    static final int NORMAL = 0;
    static final int TOPTAN = 0;
    static final int CARI_CINS_CARI = 0;
    static final int BIRIM_1 = 1;

    /** Warehouse 1, used by every official example [postman]. */
    static final int DEFAULT_DEPO = 1;

    /** {@code *_doviz_cinsi}/{@code cha_d_cins} 0 = TL; 255 = none [postman]. */
    static final int DOVIZ_TL = 0;
    static final int DOVIZ_YOK = 255;
}
