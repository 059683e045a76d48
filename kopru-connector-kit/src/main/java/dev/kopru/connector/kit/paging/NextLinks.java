package dev.kopru.connector.kit.paging;

import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Following a vendor's own link to the next page (Logo's {@code next.href}, OData's {@code @odata.nextLink}). The
 * link names the host as the vendor's server sees itself, which is often not the address this client reaches it by
 * (a LAN address behind a tunnel, a proxy): so the link's path and query are kept and put onto the configured base
 * URL. Characters a URI may not carry as written (spaces and quotes of a filter a server echoes undecoded) are
 * percent-encoded; what is already encoded stays as it is.
 */
public final class NextLinks {

    private NextLinks() {
    }

    /**
     * {@code href}'s path and query on {@code baseUrl}'s scheme, host and port, as an absolute URL.
     *
     * @throws InvalidInputException naming {@code next} when {@code href} has no path to follow
     */
    public static String onto(URI baseUrl, String href) {
        String link = href == null ? "" : href.trim();
        int scheme = link.indexOf("://");
        if (scheme >= 0) {
            int slash = link.indexOf('/', scheme + 3);
            link = slash < 0 ? "" : link.substring(slash);
        }
        if (!link.startsWith("/")) {
            throw new InvalidInputException("next", "the vendor's next-page link '" + href + "' has no path");
        }
        String root = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
        return root + encodeIllegal(link);
    }

    /** Percent-encodes the characters RFC 3986 does not allow in a path or query; keeps {@code %XX} escapes. */
    static String encodeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
