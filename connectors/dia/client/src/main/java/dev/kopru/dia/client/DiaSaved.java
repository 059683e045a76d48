package dev.kopru.dia.client;

import java.util.List;

/**
 * What {@code _ekle} and {@code _guncelle} answer: the record's {@code _key}, DİA's confirmation in {@code msg}
 * and, for an invoice, the keys of the lines created ({@code extra.kalemlerKeys}), in the order they were sent.
 */
public record DiaSaved(long key, String msg, List<Long> lineKeys) {

    public DiaSaved {
        lineKeys = List.copyOf(lineKeys);
    }
}
