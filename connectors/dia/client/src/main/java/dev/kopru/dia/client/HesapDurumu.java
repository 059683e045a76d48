package dev.kopru.dia.client;

import java.math.BigDecimal;

/**
 * A cari's account state ({@code scf_carikart_hesapdurumu_getir}): total debit, credit and their difference. The
 * reference names the service, not its answer's members [inference].
 */
public record HesapDurumu(String _key, String carikartkodu, BigDecimal borc, BigDecimal alacak, BigDecimal bakiye) {
}
