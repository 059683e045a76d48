package dev.kopru.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.boot.web.server.PortInUseException;

/** A start that failed on a port another program holds: one line naming the port and the way out, no stack trace. */
final class PortTaken {

    private PortTaken() {
    }

    /** Runs {@code start}; when its server's port was taken, says so on {@code err} and gives exit code 1. */
    static int orSay(String command, PrintWriter err, Callable<Integer> start) throws Exception {
        try {
            return start.call();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException taken) {
                    err.println("kopru: port " + taken.getPort() + " is taken (another program, or a Köprü started"
                            + " earlier, listens there); give another one: ./kopru " + command + " --port "
                            + (taken.getPort() + 1));
                    err.flush();
                    return 1;
                }
            }
            throw e;
        }
    }
}
