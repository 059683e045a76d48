/** Connectors that live in memory: {@link dev.kopru.testkit.memory.GeneratedParties} reads parties it builds on the fly. */
package dev.kopru.testkit.memory;
