package dev.kopru.server.problems;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to what it refuses before Spring sees the request (a request line or headers over the limit, a
 * path that does not decode): a problem+json instead of Tomcat's HTML page. Set as the host's error valve.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "HTTP " + code : status.getReasonPhrase();
        String type = status == null ? "http-" + code : ProblemErrorController.slug(status);
        try {
            response.setContentType("application/problem+json");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + ApiProblems.TYPE_BASE + type + "\",\"title\":\"" + title
                        + "\",\"status\":" + code + ",\"detail\":\"the request was refused before it reached the"
                        + " API: " + title + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
