/** Time for tests: {@link dev.kopru.testkit.time.SettableClock}, moved by hand instead of waited for. */
package dev.kopru.testkit.time;
