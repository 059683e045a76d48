package dev.kopru.connector.kit.http;

import dev.kopru.connector.kit.operation.VendorOperation;

/**
 * Reads a vendor's answer: the payload of a success, or the typed {@link dev.kopru.core.connector.ConnectorException}
 * the answer means. Every vendor has one, because every vendor wraps its answers its own way (Mikro's
 * {@code result[0]}, FarmaBorsa's {@code hata}/{@code mesaj}, Logo's {@code ModelState}, DIA's string {@code code}).
 * Messages it builds may quote the vendor's text freely: {@link VendorHttp} removes secrets from whatever it throws.
 */
@FunctionalInterface
public interface EnvelopeReader<R> {

    R read(VendorOperation op, VendorResponse response);
}
