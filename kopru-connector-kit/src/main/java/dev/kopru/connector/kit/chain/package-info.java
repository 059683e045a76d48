/**
 * One path for every vendor call, as OkHttp has one interceptor chain: {@link dev.kopru.connector.kit.chain.ChainedConnector}
 * sends each call that reaches the vendor (records, {@code check}, SQL reports, raw calls, order actions and a
 * vendor's own {@link dev.kopru.connector.kit.chain.Chainable} capabilities) through its
 * {@link dev.kopru.connector.kit.chain.Interceptor}s in order, each call described by a
 * {@link dev.kopru.connector.kit.chain.VendorCall}. {@link dev.kopru.connector.kit.chain.Retries} is the one retry layer:
 * a transport sends a request once (again only when it was never sent), and every policy retry happens here.
 */
package dev.kopru.connector.kit.chain;
