/**
 * The DİA sandbox: {@link dev.kopru.dia.sandbox.DiaSandbox} emulates the DİA web service v3 as vendors/dia.md
 * describes it, on the testkit's {@link dev.kopru.testkit.sandbox.Sandbox}. Services answer in
 * {@code Services}; records live in {@code Store}, are written by {@code Cards} (links by {@code Links}, invoice sums
 * by {@code InvoiceTotals}) and listed by {@code Listing}; {@code Sessions} and {@code Kontor} are the session and
 * billing rules; {@code Seed} fills the code tables, the golden examples' records and the demo data.
 */
package dev.kopru.dia.sandbox;
