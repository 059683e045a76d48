/**
 * What every connector client shares, so that a vendor module holds only what is the vendor's own: its operations,
 * its envelope, its authentication secret and its mapping.
 */
package dev.kopru.connector.kit;
