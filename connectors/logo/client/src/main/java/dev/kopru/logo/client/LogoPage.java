package dev.kopru.logo.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a Logo list envelope (logo.md §4.1): its records as the service sent them, the absolute link of the
 * next page when there is one, and {@code totalCount} when it was asked for with {@code withCount}.
 */
public record LogoPage(String resource, List<ObjectNode> items, int offset, Optional<String> next,
                       OptionalLong totalCount) {

    public LogoPage {
        items = List.copyOf(items);
    }

    public boolean last() {
        return next.isEmpty();
    }
}
