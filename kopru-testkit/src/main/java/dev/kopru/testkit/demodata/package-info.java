/**
 * Deterministic Turkish demo data for sandboxes, tests, demos and benchmarks: {@link
 * dev.kopru.testkit.demodata.DemoData} computes parties, items and invoices by index from a seed, with valid
 * VKN/TCKN and GTIN-13, real city and district names and KDV rates 1/10/20. The records here are plain values; each
 * vendor sandbox maps them into its own tables.
 */
package dev.kopru.testkit.demodata;
