/**
 * The FarmaBorsa sandbox: an emulator of the FarmaBorsa integration API ({@code api/Entegre}) written from
 * vendors/farmaborsa.md (it shares no classes with the client). Entry point
 * {@link dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox}, configured by
 * {@link dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions}, run by the kit's {@code Sandbox.start(app, port)}.
 *
 * <p>Map of the package:
 * <ul>
 *   <li>HTTP: {@code EntegreRouter} (paths, rate limit, credentials, envelope), {@code Operation} (names and the
 *       error shape of each), {@code RateLimiter} (10 a minute per {@code apiKey}), {@code AdminRoutes}
 *       ({@code /_sandbox/farmaborsa/...} knobs), {@code CargoLabel} (links and the PDF behind them);</li>
 *   <li>operations: {@code ListingOperations}, {@code OrderQueries}, {@code OrderActions}, with {@code ListingForm}
 *       (IlanKaydet's input), {@code QuantityList} ("kod-adet,kod-adet") and {@code OrderRules} (the state
 *       machine);</li>
 *   <li>request and answer JSON: {@code Body} (lenient, as an ASP.NET binder reads), {@code Dates}, {@code Wire}
 *       (the vendor's field names; the invented wrapper keys in one place), {@code Messages};</li>
 *   <li>the marketplace: {@code Market} (lock and time-driven events), {@code MarketState} (catalogue, listings,
 *       product-card requests, orders), {@code SimulatedBuyer}, {@code Seeding} and {@code GoldenSet}.</li>
 * </ul>
 *
 * <p>Where farmaborsa.md leaves the vendor open ([inference]), the sandbox's choice, switchable where a client could
 * come to depend on it (see {@link dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions}): business refusals are
 * HTTP 200 with {@code hata}; the rate limit is HTTP 429 with {@code Retry-After} (or 200); order lists wrap their
 * rows in {@code siparisList}, status counts in {@code satisDurumList}; an order-list {@code satisDurum} 0 means
 * new + confirmed + shipped and 10 all; pages hold 50 orders, oldest first; a listing update keeps what the body
 * leaves out; confirming (also with changed quantities) needs a new order, cancelling a new or confirmed one;
 * quantities only go down and the shipping-fee line may be left out of {@code satisMiktarOnayList}; a cargo link
 * needs a confirmed order and does not ship it; VAT totals fill only the 8 % and 18 % fields.
 */
package dev.kopru.farmaborsa.sandbox;
