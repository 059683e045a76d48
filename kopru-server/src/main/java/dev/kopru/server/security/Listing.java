package dev.kopru.server.security;

import java.util.List;

/** A list answer in the API's shape: {@code {"items": [...], "next": null}} (these lists fit in one page). */
record Listing<T>(List<T> items, String next) {
}
