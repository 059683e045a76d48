package dev.kopru.testkit.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The vendor requests a sandbox received, oldest first, so tests can assert what a client put on the wire. Keeps the
 * last {@value #CAPACITY}; admin requests are not recorded. Bodies are stored with secret-looking JSON values masked
 * (see {@link SecretMasker}) and cut at {@value #MAX_BODY_CHARS} characters.
 */
public final class RequestJournal {

    /** How many entries are kept; older ones are dropped. */
    public static final int CAPACITY = 10_000;

    // 10,000 entries of at most 16 K characters: a benchmark posting large documents stays within ~160 MB.
    static final int MAX_BODY_CHARS = 16 * 1024;

    /**
     * One request. {@code status} is what the vendor handler (or the kit) answered, 0 when the connection was reset
     * before any answer; {@code fault} names the knob that hit the request ({@code reset}, {@code error},
     * {@code rate-limit}, {@code lost-response}) or is null.
     */
    public record Entry(Instant at, String method, String path, int status, String body, String fault) {

        public Entry(Instant at, String method, String path, int status, String body) {
            this(at, method, path, status, body, null);
        }
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();

    /** Every kept entry, newest last. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The newest {@code limit} entries, newest last. */
    public synchronized List<Entry> entries(int limit) {
        List<Entry> all = List.copyOf(entries);
        return all.subList(Math.max(0, all.size() - Math.max(0, limit)), all.size());
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** Records a request; the body is masked and cut here, so no caller can forget to. */
    void record(Instant at, String method, String path, int status, String rawBody, String fault) {
        String body = cut(SecretMasker.mask(rawBody));
        Entry entry = new Entry(at, method, path, status, body, fault);
        synchronized (this) {
            if (entries.size() == CAPACITY) {
                entries.pollFirst();
            }
            entries.addLast(entry);
        }
    }

    private static String cut(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS) + "…(" + (body.length() - MAX_BODY_CHARS) + " more characters)";
    }
}
