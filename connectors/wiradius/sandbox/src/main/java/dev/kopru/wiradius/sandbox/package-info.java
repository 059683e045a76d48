/**
 * An emulator of Wiradius's accounting web service ("Muhasebe İşlemleri Web Servis", vendors/wiradius.md), written
 * from the reference and sharing no class with the client:
 * <ul>
 *   <li>{@link dev.kopru.wiradius.sandbox.WiradiusSandbox}: the routes ({@code POST /invoice/<service>/<api_code>},
 *       form fields, multipart or urlencoded), the credential checks and the {@code status}/{@code data} envelope;</li>
 *   <li>{@link dev.kopru.wiradius.sandbox.Requests}: the reference's rules for dates, windows and pages, with its
 *       messages;</li>
 *   <li>{@link dev.kopru.wiradius.sandbox.Isp}: an ISP's subscribers, movements and invoices (KDV and ÖİV),
 *       deterministic from a seed, or the golden examples' records;</li>
 *   <li>{@link dev.kopru.wiradius.sandbox.Wire}: every response key in one place, since all of them are inferred
 *       (wiradius.md §5) and must be easy to correct when a real response is seen.</li>
 * </ul>
 * Vendor-specific knobs (the IP allow-list, the form of empty {@code data}, the status of validation refusals) are
 * under {@code /_sandbox/wiradius/settings}.
 */
package dev.kopru.wiradius.sandbox;
