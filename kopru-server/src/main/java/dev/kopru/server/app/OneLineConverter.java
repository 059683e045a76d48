package dev.kopru.server.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * {@code %oneLine(...)} in logback-server.xml: CR and LF inside a console line (a user name typed at the login, a
 * vendor's record key) are written as {@code \r} and {@code \n}, so nobody can forge a log line of their own.
 */
public final class OneLineConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return in.replace("\r", "\\r").replace("\n", "\\n");
    }
}
