package dev.kopru.testkit.acceptance;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.CanonicalRecord;

/** An entity the suite reads in full and, where the connector supports it, incrementally. */
public record ReadCase<T extends CanonicalRecord>(Entity<T> entity, int atLeast) {
}
