package dev.kopru.server.pipelines;

import dev.kopru.sync.store.DeadLetter;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which dead letters a list shows or a replay takes: by stage, outcome, field, a text found (in any case) in the
 * record's key, the messages or the field, and a selection of ids. An absent part matches every letter.
 */
record DeadLetterFilter(DeadLetter.Stage stage, String outcome, String field, String text, List<Long> ids) {

    static final DeadLetterFilter ALL = new DeadLetterFilter(null, null, null, null, null);

    Predicate<DeadLetter> predicate() {
        return letter -> (stage == null || stage == letter.stage())
                && (outcome == null || outcome.equals(letter.outcome()))
                && (field == null || field.equals(letter.field()))
                && (ids == null || ids.contains(letter.id()))
                && (text == null || text.isBlank() || contains(letter.sourceKey()) || contains(letter.vendorMessage())
                || contains(letter.message()) || contains(letter.field()) || contains(letter.outcome()));
    }

    private boolean contains(String value) {
        if (value == null) {
            return false;
        }
        String wanted = text.strip();
        for (int at = 0; at + wanted.length() <= value.length(); at++) {
            if (value.regionMatches(true, at, wanted, 0, wanted.length())) {
                return true;
            }
        }
        return false;
    }
}
