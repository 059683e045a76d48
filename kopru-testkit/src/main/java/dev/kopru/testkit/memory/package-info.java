/** Connectors in memory: {@link dev.kopru.testkit.memory.GeneratedParties} builds parties as they are read. */
package dev.kopru.testkit.memory;
