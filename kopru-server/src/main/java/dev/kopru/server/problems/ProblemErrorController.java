package dev.kopru.server.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends what no controller answered (a request refused by a filter or
 * the firewall, an exception escaping a filter) and where a caller may ask directly: a problem like every other,
 * instead of Spring's own error map. A 5xx tells nothing of its cause; {@link ApiProblems} logs causes it sees.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
                ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
        String detail = status.is5xxServerError() ? "the server failed unexpectedly"
                : code == null ? "no such resource" : "the request was refused: " + status.getReasonPhrase();
        return ApiProblems.problem(status, slug(status), status.getReasonPhrase(), detail, null, null);
    }

    static String slug(HttpStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
