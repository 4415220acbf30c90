package org.zgcparks.explorer.tiles;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tile server said about a tile's freshness: until when it may be shown without asking again, and the
 * validators ({@code ETag}, {@code Last-Modified}) to revalidate it with afterwards.
 *
 * @param expires      when the tile becomes stale
 * @param etag         the entity tag, or empty
 * @param lastModified the {@code Last-Modified} header as sent, or empty
 */
public record CacheMeta(Instant expires, String etag, String lastModified) {

    /** How long a tile stays fresh when the server says nothing (the OSM policy asks for at least 7 days). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");

    public CacheMeta {
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }

    public boolean isFresh(Instant now) {
        return now.isBefore(expires);
    }

    /**
     * Reads the freshness of a response: {@code Cache-Control: max-age} wins, then {@code Expires}, else
     * {@link #DEFAULT_LIFETIME}. {@code no-cache}/{@code no-store} make the tile stale at once (it is still kept
     * to be shown when offline, and revalidated whenever the network is there).
     */
    public static CacheMeta fromHeaders(HttpHeaders headers, Instant now) {
        String cc = headers.firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        Instant expires;
        Matcher m = MAX_AGE.matcher(cc);
        if (cc.contains("no-cache") || cc.contains("no-store")) {
            expires = now;
        } else if (m.find()) {
            expires = now.plusSeconds(Math.min(Long.parseLong(m.group(1)), Duration.ofDays(365).toSeconds()));
        } else {
            expires = headers.firstValue("Expires").flatMap(CacheMeta::parseHttpDate)
                    .orElse(now.plus(DEFAULT_LIFETIME));
        }
        return new CacheMeta(expires, headers.firstValue("ETag").orElse(""),
                headers.firstValue("Last-Modified").orElse(""));
    }

    /** After a 304: new freshness from the response, validators kept unless the server sent new ones. */
    public CacheMeta renewedBy(HttpHeaders headers, Instant now) {
        CacheMeta fresh = fromHeaders(headers, now);
        return new CacheMeta(fresh.expires(), fresh.etag().isEmpty() ? etag : fresh.etag(),
                fresh.lastModified().isEmpty() ? lastModified : fresh.lastModified());
    }

    /** An RFC 1123 date, as in {@code Expires} and {@code Retry-After}. */
    static Optional<Instant> parseHttpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
