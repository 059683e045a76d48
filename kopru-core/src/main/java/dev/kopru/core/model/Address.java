package dev.kopru.core.model;

/** A postal address; {@code line} holds street, building and door as one text where a vendor splits them. */
public record Address(String line, String district, String city, String postalCode, String country) {
}
