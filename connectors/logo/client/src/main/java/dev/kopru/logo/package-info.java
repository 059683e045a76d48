/**
 * The Logo Tiger connector: {@link dev.kopru.logo.LogoConnector} over the typed client in
 * {@code dev.kopru.logo.client}, with the mapping to canonical records in {@code dev.kopru.logo.mapping}.
 */
package dev.kopru.logo;
