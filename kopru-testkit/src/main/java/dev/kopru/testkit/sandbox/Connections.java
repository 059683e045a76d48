package dev.kopru.testkit.sandbox;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Drops a connection from inside a handler. Javalin writes the result only after the after-handlers, and a servlet
 * response is buffered until then, so closing Jetty's {@link EndPoint} here means not one byte of the answer leaves:
 * the client sees the connection end (an {@code IOException}), as after a crash or a network cut. Throwing from a
 * handler would not do: Javalin would turn it into a 500.
 */
final class Connections {

    private Connections() {
    }

    static void drop(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) {
            throw new IllegalStateException("not a Jetty request: the connection cannot be dropped");
        }
        EndPoint endPoint = request.getServletChannel().getEndPoint();
        endPoint.close();
    }
}
