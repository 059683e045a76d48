package dev.kopru.mikro.sandbox;

import java.sql.SQLException;
import java.util.Locale;

/**
 * One Mikro API method the sandbox emulates.
 *
 * @param name   the method name as documented, e.g. {@code KayıtOkuV2}
 * @param access who may call it
 * @param shape  how its answers (and refusals) are shaped
 * @param write  whether it writes (the lose-response knob hits only writes)
 */
record Operation(String name, Access access, Shape shape, boolean write, Handler handler) {

    enum Access {
        /** GET, no credentials: the health checks. */
        NONE,
        /** APILogin: checks the credentials it carries itself. */
        LOGIN,
        /** the {@code Mikro} block, or a live V1 {@code SessionId}. */
        CREDENTIALS
    }

    enum Shape {
        /** {@code {"result":[{StatusCode, IsError, ErrorMessage, Data}]}} */
        ENVELOPE,
        /** KayıtOkuV2: {@code {"success":true,"data":[...]}} */
        SUCCESS_DATA,
        /** EBelgeDurumSorgulamaV2: {@code {"status":"success","data":{...}}} */
        STATUS_DATA
    }

    @FunctionalInterface
    interface Handler {
        Reply handle(Call call) throws SQLException;
    }

    static Operation read(String name, Handler handler) {
        return new Operation(name, Access.CREDENTIALS, Shape.ENVELOPE, false, handler);
    }

    static Operation write(String name, Handler handler) {
        return new Operation(name, Access.CREDENTIALS, Shape.ENVELOPE, true, handler);
    }

    Operation shaped(Shape shape) {
        return new Operation(name, access, shape, write, handler);
    }

    /**
     * The key a path's last segment is looked up by: ASP.NET routing ignores case, and the one documented name with
     * a dotless ı ({@code KayıtOkuV2}) is also accepted spelt {@code KayitOkuV2}.
     */
    static String normalize(String name) {
        return name.trim().replace('ı', 'i').replace('İ', 'I').toLowerCase(Locale.ROOT);
    }
}
