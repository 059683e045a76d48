package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the values of secret-looking keys before a body is kept: JSON at any depth, and {@code key=value} pairs
 * for bodies that are not JSON (form posts). A key is secret when its lower-cased name contains one of
 * {@link #SECRET_WORDS}; its value becomes {@value #MASK}.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    /** Turkish and English words for secrets, as vendors name them ({@code Sifre}, {@code parola}, {@code uniq_code}). */
    public static final List<String> SECRET_WORDS = List.of(
            "sifre", "şifre", "password", "parola", "apikey", "api_key", "token", "uniq_code", "secret", "sessionid");

    private SecretMasker() {
    }

    /** Whether a key names a secret. */
    public static boolean isSecretKey(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The body with secret values masked; null and blank bodies are returned as they are. */
    public static String mask(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return maskJson(body);
            } catch (IOException e) {
                // Broken JSON is journaled too (a client bug is worth seeing), masked as well as text can be.
            }
        }
        return maskPairs(body);
    }

    /**
     * The first JSON value of {@code body}, written compactly with every non-null secret value (a container too)
     * replaced by {@link #MASK}. Token by token: every journaled request passes here, and a tree costs twice as much.
     */
    private static String maskJson(String body) throws IOException {
        StringWriter out = new StringWriter(body.length());
        try (JsonParser in = SandboxJson.factory().createParser(body);
             JsonGenerator json = SandboxJson.factory().createGenerator(out)) {
            int depth = 0;
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isSecretKey(in.currentName())) {
                    json.writeFieldName(in.currentName());
                    if (in.nextToken() == JsonToken.VALUE_NULL) {
                        json.writeNull();
                    } else {
                        in.skipChildren();
                        json.writeString(MASK);
                    }
                    continue;
                }
                json.copyCurrentEvent(in);
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
        }
        return out.toString();
    }

    /** Masks {@code key=value} pairs of a form body; split by hand, as a regex here backtracks on long bodies. */
    private static String maskPairs(String body) {
        if (body.indexOf('=') < 0) {
            return maskQuotedJsonPairs(body);
        }
        StringBuilder out = new StringBuilder(body.length());
        String[] pairs = body.split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            String pair = pairs[i];
            if (i > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            out.append(eq > 0 && isSecretKey(pair.substring(0, eq)) ? pair.substring(0, eq + 1) + MASK : pair);
        }
        return maskQuotedJsonPairs(out.toString());
    }

    private static final Pattern QUOTED_PAIR = Pattern.compile("\"([^\"]{1,64})\"\\s*:\\s*\"[^\"]*\"");

    /** For broken JSON: masks {@code "key": "value"} pairs that a parser could not reach. */
    private static String maskQuotedJsonPairs(String body) {
        Matcher m = QUOTED_PAIR.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = isSecretKey(m.group(1)) ? "\"" + m.group(1) + "\":\"" + MASK + "\"" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
