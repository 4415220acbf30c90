package org.zgcparks.explorer.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A link to a park: {@code zgcparks://park/ID?lang=xx}. The installers register the {@code zgcparks} scheme, so
 * that the desktop opens such a link by starting the explorer with the link as its argument; Edit › Copy link to
 * this park makes one.
 *
 * @param parkId   the park's id in the dataset
 * @param language the interface language the link asks for, if any
 */
public record ParkLink(String parkId, Optional<Locale> language) {

    public static final String SCHEME = "zgcparks";

    /** Whether an argument looks like a link of this scheme (and so is not an option or a stray word). */
    public static boolean looksLikeLink(String arg) {
        return arg.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1);
    }

    /** The link as text; the language is added when given. */
    public String toUri() {
        return SCHEME + "://park/" + URLEncoder.encode(parkId, StandardCharsets.UTF_8)
                + language.map(l -> "?lang=" + l.getLanguage()).orElse("");
    }

    /**
     * Reads a link.
     *
     * @throws IllegalArgumentException with a message for the user if it is not a link to a park
     */
    public static ParkLink parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid link: " + e.getReason());
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || !"park".equalsIgnoreCase(uri.getHost())) {
            throw new IllegalArgumentException("\"" + text + "\" is not a link to a park; expected "
                    + SCHEME + "://park/ID (optionally ?lang=en|zh|ru)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String id = URLDecoder.decode(path.startsWith("/") ? path.substring(1) : path, StandardCharsets.UTF_8);
        if (path.endsWith("/") && !id.isEmpty()) {
            id = id.substring(0, id.length() - 1);
        }
        if (id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("\"" + text + "\" names no park; expected " + SCHEME + "://park/ID");
        }
        Locale lang = null;
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("lang")) {
                    if (!List.of("en", "zh", "ru").contains(value)) {
                        throw new IllegalArgumentException("the link's lang must be en, zh or ru, not \"" + value + "\"");
                    }
                    lang = Locale.forLanguageTag(value);
                }
            }
        }
        return new ParkLink(id, Optional.ofNullable(lang));
    }
}
