package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the JSON of {@code PUT /_sandbox/faults} into knob changes. Every change is first tried on a scratch
 * {@link Faults} (so the setters' own checks are the only ones), and only applied when all of them pass.
 */
final class FaultsUpdate {

    private record Change(String field, Consumer<Faults> action) {
    }

    private FaultsUpdate() {
    }

    static void apply(Faults faults, JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new FaultUpdateException("(body)", "the body must be a JSON object of fault knobs");
        }
        List<Change> changes = new ArrayList<>();
        JsonNode clear = json.get("clear");
        if (clear != null) {
            if (!clear.isBoolean()) {
                throw new FaultUpdateException("clear", "must be true or false");
            }
            if (clear.booleanValue()) {
                changes.add(new Change("clear", Faults::clear));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("clear")) {
                changes.add(change(field.getKey(), field.getValue()));
            }
        }
        Faults scratch = new Faults();
        for (Change change : changes) {
            try {
                change.action().accept(scratch);
            } catch (FaultUpdateException e) {
                throw e;
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new FaultUpdateException(change.field(), e.getMessage());
            }
        }
        changes.forEach(change -> change.action().accept(faults));
    }

    private static Change change(String field, JsonNode value) {
        return switch (field) {
            case "latencyMs" -> new Change(field, f -> f.latency(Duration.ofMillis(whole(field, value))));
            case "errorRate" -> new Change(field, f -> f.errorRate(number(field, value)));
            case "resetRate" -> new Change(field, f -> f.resetRate(number(field, value)));
            case "loseResponseRate" -> new Change(field, f -> f.loseResponseRate(number(field, value)));
            case "loseNextWrites" -> new Change(field, f -> f.loseNextWrites(Math.toIntExact(whole(field, value))));
            case "failNextRequests" -> new Change(field, f -> f.failNextRequests(Math.toIntExact(whole(field, value))));
            case "failFromNextWrite" -> new Change(field, f -> f.failFromNextWrite(Math.toIntExact(whole(field,
                    value))));
            case "dropNextWrites" -> new Change(field, f -> f.dropNextWrites(Math.toIntExact(whole(field, value))));
            case "seed" -> new Change(field, f -> f.seed(whole(field, value)));
            case "sessionTtlMs" -> value.isNull()
                    ? new Change(field, f -> f.sessionTtl(null))
                    : new Change(field, f -> f.sessionTtl(Duration.ofMillis(whole(field, value))));
            case "expireSessions" -> {
                if (!value.isBoolean()) {
                    throw new FaultUpdateException(field, "must be true or false");
                }
                yield new Change(field, f -> {
                    if (value.booleanValue()) {
                        f.expireSessions();
                    }
                });
            }
            case "rateLimit" -> rateLimit(value);
            // Shown by GET; tolerated so that a GET, edit, PUT round trip works. Changed only by expireSessions.
            case "sessionGeneration" -> new Change(field, f -> { });
            default -> throw new FaultUpdateException(field, "is not a fault knob");
        };
    }

    private static Change rateLimit(JsonNode value) {
        if (value.isNull()) {
            return new Change("rateLimit", Faults::noRateLimit);
        }
        if (!value.isObject() || !value.has("permits") || !value.has("perMs")) {
            throw new FaultUpdateException("rateLimit", "must be null or {\"permits\": n, \"perMs\": ms}");
        }
        int permits = Math.toIntExact(whole("rateLimit.permits", value.get("permits")));
        long perMs = whole("rateLimit.perMs", value.get("perMs"));
        return new Change("rateLimit", f -> f.rateLimit(permits, Duration.ofMillis(perMs)));
    }

    private static long whole(String field, JsonNode value) {
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new FaultUpdateException(field, "must be a whole number, was " + value);
        }
        return value.longValue();
    }

    private static double number(String field, JsonNode value) {
        if (value == null || !value.isNumber()) {
            throw new FaultUpdateException(field, "must be a number between 0 and 1, was " + value);
        }
        return value.doubleValue();
    }
}
