package dev.kopru.server.mikroapi;

import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * {@code rows} with the amounts in {@code columns} at kuruş scale: Mikro keeps amounts as floats and
     * SqlVeriOkuV2 writes a whole one without decimals (mikro.md §12.4), the guide's answers show two.
     */
    static List<Map<String, Object>> money(List<Map<String, Object>> rows, String... columns) {
        for (Map<String, Object> row : rows) {
            for (String column : columns) {
                if (row.get(column) instanceof BigDecimal amount) {
                    row.put(column, amount.setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
        return rows;
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
