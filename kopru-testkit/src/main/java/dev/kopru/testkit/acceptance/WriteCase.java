package dev.kopru.testkit.acceptance;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.CanonicalRecord;
import java.util.function.Function;

/**
 * An entity the suite creates. {@code newRecord} makes a valid record whose natural key contains the given unique
 * text; {@code invalid} is a record the connector or the vendor must refuse with a validation outcome naming
 * {@code invalidField}; {@code vendorRejects} says whether the refusal comes from the vendor (so the outcome must
 * carry the vendor's own message) or from the connector's own check before sending.
 */
public record WriteCase<T extends CanonicalRecord>(Entity<T> entity, Function<String, T> newRecord, T invalid,
                                                   String invalidField, boolean vendorRejects) {
}
