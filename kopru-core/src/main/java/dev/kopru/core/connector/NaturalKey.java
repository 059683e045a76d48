package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;

/**
 * A key the caller controls and the vendor stores, by which a record can be found again even when the response
 * to its create was lost: a card code, a tax id, a document number. {@code name} is one of the natural keys the
 * descriptor lists for the entity.
 */
public record NaturalKey(String name, String value) {
    public NaturalKey {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("naturalKey.name", "required");
        }
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("naturalKey." + name, "required");
        }
    }
}
