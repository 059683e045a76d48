/** A plain HTTP client for tests that talk to a running sandbox. */
package dev.kopru.testkit.http;
