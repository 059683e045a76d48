package dev.kopru.testkit.acceptance;

import dev.kopru.core.connector.Entity;

/** An entity the suite reads in full and, where the connector supports it, incrementally. */
public record ReadCase<T>(Entity<T> entity, int atLeast) {
}
