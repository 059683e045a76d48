package dev.kopru.server.mikroapi;

import dev.kopru.core.input.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The guide's answer shapes: {@code success} first, then what the call returns. */
final class Answers {

    private Answers() {
    }

    /** {@code {"success": true, "count": n, "data": [...]}}. */
    static Map<String, Object> list(List<?> rows) {
        Map<String, Object> answer = success();
        answer.put("count", rows.size());
        answer.put("data", rows);
        return answer;
    }

    static Map<String, Object> success() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        return answer;
    }

    /** How many rows a list returns when the caller does not say, and at most. */
    static int limit(Integer asked) {
        if (asked == null) {
            return 100;
        }
        if (asked < 1 || asked > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000, was " + asked);
        }
        return asked;
    }
}
