/** Test stand-ins for vendor servers: {@link dev.kopru.testkit.vendor.VendorDouble} scripts answers and records requests. */
package dev.kopru.testkit.vendor;
