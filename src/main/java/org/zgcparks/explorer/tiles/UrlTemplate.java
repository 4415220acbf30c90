package org.zgcparks.explorer.tiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XYZ tile URL template: {@code {z}}, {@code {x}}, {@code {y}} (or {@code {-y}} for TMS rows), optional
 * {@code {s}} for subdomains and {@code {apikey}} (or {@code {key}}) for a provider's key. Parsing checks it is an
 * http(s) URL with every placeholder it needs, so a typo is reported when the user enters it, not as blank tiles.
 */
public record UrlTemplate(String template, List<String> subdomains, String apiKey) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> KNOWN = List.of("z", "x", "y", "-y", "s", "apikey", "key");

    public UrlTemplate {
        subdomains = List.copyOf(subdomains);
        apiKey = apiKey == null ? "" : apiKey;
    }

    /** Checks and builds a template; the message of the exception says what is wrong. */
    public static UrlTemplate parse(String template, List<String> subdomains, String apiKey) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("the tile URL template is empty");
        }
        String t = template.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new IllegalArgumentException("the tile URL must start with https:// or http://: " + t);
        }
        Matcher m = PLACEHOLDER.matcher(t);
        boolean z = false, x = false, y = false, s = false, key = false;
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in the tile URL; "
                        + "known: {z} {x} {y} {-y} {s} {apikey}");
            }
            z |= name.equals("z");
            x |= name.equals("x");
            y |= name.equals("y") || name.equals("-y");
            s |= name.equals("s");
            key |= name.equals("apikey") || name.equals("key");
        }
        if (!z || !x || !y) {
            throw new IllegalArgumentException("the tile URL needs {z}, {x} and {y}: " + t);
        }
        List<String> subs = subdomains == null ? List.of()
                : subdomains.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (s && subs.isEmpty()) {
            subs = List.of("a", "b", "c");
        }
        if (key && (apiKey == null || apiKey.isBlank())) {
            throw new IllegalArgumentException("the tile URL has an API key placeholder but no key was given");
        }
        UrlTemplate result = new UrlTemplate(t, subs, apiKey == null ? "" : apiKey.strip());
        result.expand(new TileKey(0, 0, 0)); // the URL itself must be valid
        return result;
    }

    /** The URL of one tile; subdomains are spread over tiles deterministically, so a tile keeps its URL. */
    public URI expand(TileKey key) {
        String sub = subdomains.isEmpty() ? "" : subdomains.get((int) Math.floorMod(key.x() + key.y(), subdomains.size()));
        long tmsRow = (1L << key.zoom()) - 1 - key.y();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "z" -> Integer.toString(key.zoom());
                case "x" -> Long.toString(key.x());
                case "y" -> Long.toString(key.y());
                case "-y" -> Long.toString(tmsRow);
                case "s" -> sub;
                default -> encode(apiKey);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        try {
            URI uri = new URI(out.toString());
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("the tile URL has no host: " + template);
            }
            return uri;
        } catch (URISyntaxException e) {
            // the reason and the template, never the expanded URL: it would show the API key
            throw new IllegalArgumentException("the tile URL is not a valid URL (" + e.getReason() + "): " + template);
        }
    }

    /**
     * An API key as it goes into the URL: percent-encoded (UTF-8, a space as {@code %20}), so that a key with a
     * space, {@code %}, {@code &} or {@code #} reaches the server as typed instead of breaking the URL.
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether the tiles come from the OpenStreetMap Foundation's servers (whose usage policy then applies). */
    public boolean isOpenStreetMap() {
        String host = expand(new TileKey(0, 0, 0)).getHost().toLowerCase(Locale.ROOT);
        return host.equals("openstreetmap.org") || host.endsWith(".openstreetmap.org");
    }

    /** A short, file-name-safe key for this source's cache folder (the API key is not part of it). */
    public String cacheKey() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    (template + "|" + String.join(",", subdomains)).getBytes(StandardCharsets.UTF_8));
            String host = expand(new TileKey(0, 0, 0)).getHost().replaceAll("[^A-Za-z0-9.-]", "_");
            return host + "-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template with the API key hidden, for messages and the status bar. */
    @Override
    public String toString() {
        return template;
    }
}
