package dev.kopru.logo.client;

import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.connector.kit.sql.SqlField;
import java.util.Set;

/**
 * One call of the Logo REST service, named as messages show it: the HTTP method and the data object or service
 * path ({@code POST salesInvoices}, {@code GET token}). Logo's operations are the same handful of methods over ≈156
 * data objects (logo.md §3), so the operation is a value, not an enum constant per object.
 *
 * @param write whether the call changes data: POST, PUT, PATCH and DELETE on a data object (never sent twice)
 */
public record LogoOperation(String methodName, boolean write) implements VendorOperation {

    /** The token request: a POST, but it changes nothing, so a lost answer is simply asked again. */
    static final LogoOperation TOKEN = new LogoOperation("POST token", false);

    /** {@code GET revoke}: ends the token at Logo. */
    static final LogoOperation REVOKE = new LogoOperation("GET revoke", false);

    /** {@code queries?tsql=}: a read whose {@code tsql} is a whole SQL statement, guarded as SELECT only. */
    static final LogoOperation QUERY = new LogoOperation("GET queries", false);

    /** A read of {@code path} ({@code items}, {@code methods/versions}). */
    static LogoOperation read(String path) {
        return new LogoOperation("GET " + path, false);
    }

    /** {@code POST {path}/readwithbodyparamters}: a POST that reads, so it may be asked again. */
    static LogoOperation readWithBody(String path) {
        return new LogoOperation("POST " + path + "/readwithbodyparamters", false);
    }

    /** A {@code method} (POST, PUT, PATCH, DELETE) on data object {@code resource}. */
    static LogoOperation write(String method, String resource) {
        return new LogoOperation(method + " " + resource, true);
    }

    @Override
    public Set<SqlField> sqlFields() {
        return methodName.equals("GET queries") ? Set.of(SqlField.query("tsql")) : Set.of();
    }
}
