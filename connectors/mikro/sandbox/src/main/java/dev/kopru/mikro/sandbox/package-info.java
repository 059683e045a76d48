/**
 * The Mikro sandbox: an emulator of the Mikro Desktop API written from vendors/mikro.md (it shares no classes with
 * the client). Entry point {@link dev.kopru.mikro.sandbox.MikroSandbox}, configured by
 * {@link dev.kopru.mikro.sandbox.MikroSandboxOptions}, run by the kit's {@code Sandbox.start(app, port)}.
 *
 * <p>Map of the package:
 * <ul>
 *   <li>HTTP: {@code MikroRouter} (paths, methods, credentials, envelope), {@code Operations} (names → handlers;
 *       documented but not emulated names answer StatusCode 501), {@code Credentials} (daily MD5),
 *       {@code Sessions} (V1 APILogin);</li>
 *   <li>operations: {@code SessionOperations}, {@code CariOperations}, {@code StokOperations},
 *       {@code InvoiceOperations}, {@code MovementOperations}, {@code SqlOperations}, {@code EDocumentOperations};</li>
 *   <li>request JSON: {@code Fields} (case-insensitive keys, object-or-array), {@code Values} (numbers as strings,
 *       dates);</li>
 *   <li>storage: {@code MikroDatabase} (embedded H2 in SQL Server mode, schema.sql with Mikro's table and column
 *       names, a SELECT-only user for caller SQL), {@code Tables}/{@code Row} (requests stored under their column
 *       names), {@code Records} (lookups, numbering, user_tablo), {@code Seed}/{@code SeedWriter} (golden set of
 *       mikro.md §10 and the kit's demo data).</li>
 * </ul>
 *
 * <p>Choices where mikro.md leaves the vendor's behaviour open ([inference] there), all visible to clients:
 * business refusals are HTTP 200 with the envelope's StatusCode (401 credentials and — as on real servers, §12.2 —
 * failed caller SQL, 400 bad input and unknown references, 404 unknown targets of update/delete/PDF/e-document,
 * 500 refused SQL, 501 not emulated) unless {@code mirrorStatusInHttp}; write methods answer
 * {@code Data.list[]} (§12.1, {@code WriteReplies}) with one entry per document (Guid, {@code evrakno_seri},
 * {@code evrakno_sira}) or per card ({@code cari_kod}/{@code cari_Guid}, {@code sto_kod}/{@code sto_Guid}), the
 * first inferred bare array behind {@code inferredReplies}; {@code Index} is a zero-based page;
 * {@code TarihTipi} 1 filters on the creation date, 2 on the change date; KayıtOkuV2's {@code TableNo} is Mikro's
 * file number (31 cari, 13 stok, 51 cari movements, 16 stock movements, 21 orders, 66 document notes).
 */
package dev.kopru.mikro.sandbox;
