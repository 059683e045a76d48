/**
 * The sandbox kit: {@link dev.kopru.testkit.sandbox.Sandbox} runs a vendor's
 * {@link dev.kopru.testkit.sandbox.SandboxApp} on a real HTTP server with fault knobs
 * ({@link dev.kopru.testkit.sandbox.Faults}), a request journal ({@link dev.kopru.testkit.sandbox.RequestJournal})
 * and the {@code /_sandbox/} admin API:
 *
 * <pre>
 * GET    /_sandbox/state        the app's state (record counts, settings)
 * POST   /_sandbox/reset        back to the seeded demo data
 * GET    /_sandbox/requests     the journal, newest last; ?limit=n for the newest n
 * DELETE /_sandbox/requests     empties the journal
 * GET    /_sandbox/faults       the knobs
 * PUT    /_sandbox/faults       changes the knobs named in the JSON body; a bad value is a 400 naming the field
 * </pre>
 */
package dev.kopru.testkit.sandbox;
