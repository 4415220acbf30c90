package org.zgcparks.explorer.tiles;

import java.net.http.HttpHeaders;
import java.time.Instant;

/** How one tile request ended. */
sealed interface FetchResult {

    /** 200: the body and the response's headers. */
    record Ok(byte[] body, HttpHeaders headers) implements FetchResult {
    }

    /** 304: the cached copy is still good. */
    record NotModified(HttpHeaders headers) implements FetchResult {
    }

    /**
     * Anything else: an HTTP error, a timeout, a broken connection, a body too large.
     *
     * @param networkDown whether the host could not be reached at all (no route, refused, timed out)
     */
    record Failed(String reason, boolean networkDown) implements FetchResult {
    }

    /**
     * Not sent: the tile left the view, or the host asked us to back off.
     *
     * @param until when the host accepts requests again, or null if the tile left the view
     */
    record Skipped(String reason, Instant until) implements FetchResult {
    }
}
