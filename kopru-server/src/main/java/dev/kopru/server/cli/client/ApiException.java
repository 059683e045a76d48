package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;

/** The server said no (a problem+json answer), or could not be reached. The message is what the user reads. */
public final class ApiException extends RuntimeException {

    private final int status;

    ApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException of(int status, String body, HttpRequest request) {
        StringBuilder message = new StringBuilder();
        try {
            JsonNode problem = ApiClient.JSON.readTree(body);
            message.append(problem.path("detail").asText(problem.path("title").asText("HTTP " + status)));
            if (problem.hasNonNull("vendorMessage")) {
                message.append(" — vendor: ").append(problem.get("vendorMessage").asText());
            }
        } catch (IOException | RuntimeException e) {
            message.append("HTTP ").append(status);
        }
        if (status == 401) {
            message.setLength(0);
            message.append("the server refused the login (HTTP 401): check --token or --user/--password");
        } else if (status == 403) {
            message.append(" (your role may not do this)");
        }
        return new ApiException(request.method() + " " + request.uri().getPath() + ": " + message, status);
    }
}
