/** Golden fixtures: loading one exchange ({@link dev.kopru.testkit.golden.GoldenExchange}) and its matching rules ({@link dev.kopru.testkit.golden.GoldenJson}). */
package dev.kopru.testkit.golden;
