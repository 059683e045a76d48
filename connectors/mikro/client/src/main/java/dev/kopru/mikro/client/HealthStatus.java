package dev.kopru.mikro.client;

/** {@code HealthCheck2}'s answer: {@code ApiStatus} "Up" and {@code StatusCode} 200 when the API runs. */
public record HealthStatus(String ApiStatus, Integer StatusCode) {

    public boolean up() {
        return "Up".equalsIgnoreCase(ApiStatus) && (StatusCode == null || StatusCode == 200);
    }
}
