package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.LineTotals;
import dev.kopru.mikro.client.HizmetMasrafSatiri;
import java.util.ArrayList;
import java.util.List;

/**
 * The service, expense and tax lines of a sales invoice as AlimSatimEvragiKaydetV2's {@code hizmet_masraf_detay[]}:
 * each on the hizmet (or masraf) card its item code names, with the net and VAT {@link DocumentTotals} gave it. A tax
 * other than VAT (the telecom ÖİV) goes on a hizmet card of its own: the reference names no ÖİV field, and a line at
 * the VAT rate of the line it taxes keeps the document's VAT and gross exactly as the source states them.
 */
final class ServiceLines {

    /** {@code cha_kasa_hizmet}: 3 hizmet, 5 masraf, by Mikro's cari-cins numbering where 4 is kasa (G7) [inference]. */
    static final int HIZMET = 3;
    static final int MASRAF = 5;

    private ServiceLines() {
    }

    static boolean isService(DocumentLine line) {
        return line.kind() != null && line.kind() != LineKind.ITEM;
    }

    /** The non-stock lines of {@code lines}, amounts from {@code totals} (the totals of all of {@code lines}). */
    static List<HizmetMasrafSatiri> of(List<DocumentLine> lines, DocumentTotals totals) {
        List<HizmetMasrafSatiri> satirlar = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            if (!isService(line)) {
                continue;
            }
            LineTotals amounts = totals.lines().get(i);
            satirlar.add(new HizmetMasrafSatiri(line.itemCode(), line.kind() == LineKind.EXPENSE ? MASRAF : HIZMET,
                    line.quantity(), amounts.net(), amounts.vat(), PartyMapping.blankToNull(line.description())));
        }
        return satirlar;
    }
}
