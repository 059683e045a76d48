/**
 * The canonical records every connector maps to and from. Field names are plain English; vendor names live only
 * in each connector's wire records and mapping. A field a vendor lacks is {@code null} (or empty) there, and the
 * connector's descriptor notes say so; nothing is invented.
 *
 * <p>Keys: {@code key} is the vendor's own identifier, assigned on create (a GUID, an internal reference, a
 * document "seri-sıra"); {@code code} or {@code number} is the natural key the caller controls and by which a
 * record can be found again.
 */
package dev.kopru.core.model;
