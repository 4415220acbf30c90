package org.zgcparks.explorer.tiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Fetches tiles over HTTP the way the OpenStreetMap tile usage policy asks: a User-Agent naming the app on every
 * request (never the JVM-wide {@code http.agent}), at most {@code maxPerHost} requests in flight per host, queued
 * requests dropped when their tile leaves the view, conditional requests for stale tiles, and a pause after 403 or
 * 429 for as long as {@code Retry-After} says. Every request ends within the timeout; nothing blocks a caller.
 */
final class HttpTileFetcher {

    private static final Logger LOG = Logger.getLogger(HttpTileFetcher.class.getName());
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Supplier<HttpClient> clientFactory;
    private HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final int maxPerHost;
    private final Clock clock;
    private final Map<String, Host> hosts = new HashMap<>();

    /** One queued or running request. */
    private static final class Job {
        final URI uri;
        final CacheMeta revalidate;
        final BooleanSupplier wanted;
        final CompletableFuture<FetchResult> result = new CompletableFuture<>();

        Job(URI uri, CacheMeta revalidate, BooleanSupplier wanted) {
            this.uri = uri;
            this.revalidate = revalidate;
            this.wanted = wanted;
        }
    }

    private static final class Host {
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        int active;
        Instant backoffUntil = Instant.MIN;
    }

    /**
     * @param clientFactory makes the HTTP client on the first request (never at start-up, never when offline)
     */
    HttpTileFetcher(Supplier<HttpClient> clientFactory, String userAgent, Duration timeout,
                    int maxPerHost, Clock clock) {
        this.clientFactory = clientFactory;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.maxPerHost = maxPerHost;
        this.clock = clock;
    }

    /** An HTTP/2 client (HTTP/1.1 where the server has no HTTP/2) running its callbacks on {@code executor}. */
    static HttpClient newClient(Executor executor, Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(connectTimeout).executor(executor).build();
    }

    /**
     * Queues a request. The future never completes exceptionally.
     *
     * @param revalidate the cached tile's validators for a conditional request, or null
     * @param wanted     asked before the request is sent and while it waits: false drops it
     */
    CompletableFuture<FetchResult> fetch(URI uri, CacheMeta revalidate, BooleanSupplier wanted) {
        Job job = new Job(uri, revalidate, wanted);
        Host host;
        synchronized (this) {
            host = hosts.computeIfAbsent(hostKey(uri), h -> new Host());
            host.queue.add(job);
        }
        pump(host);
        return job.result;
    }

    /** Drops queued requests that are no longer wanted (requests in flight finish: their tiles are cached). */
    void prune() {
        List<Host> all;
        synchronized (this) {
            all = List.copyOf(hosts.values());
        }
        for (Host host : all) {
            List<Job> dropped = new ArrayList<>();
            synchronized (this) {
                for (Iterator<Job> it = host.queue.iterator(); it.hasNext(); ) {
                    Job job = it.next();
                    if (!job.wanted.getAsBoolean()) {
                        it.remove();
                        dropped.add(job);
                    }
                }
            }
            dropped.forEach(j -> j.result.complete(new FetchResult.Skipped("left the view", null)));
        }
    }

    /** When the host of {@code uri} accepts requests again (or a past instant). */
    synchronized Instant backoffUntil(URI uri) {
        Host host = hosts.get(hostKey(uri));
        return host == null ? Instant.MIN : host.backoffUntil;
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private void pump(Host host) {
        while (true) {
            Job job;
            FetchResult skip = null;
            synchronized (this) {
                if (host.active >= maxPerHost || host.queue.isEmpty()) {
                    return;
                }
                job = host.queue.poll();
                if (!job.wanted.getAsBoolean()) {
                    skip = new FetchResult.Skipped("left the view", null);
                } else if (clock.instant().isBefore(host.backoffUntil)) {
                    skip = new FetchResult.Skipped("the server asked to wait until " + host.backoffUntil,
                            host.backoffUntil);
                } else {
                    host.active++;
                }
            }
            if (skip != null) {
                job.result.complete(skip);
                continue;
            }
            send(host, job);
        }
    }

    private void send(Host host, Job job) {
        HttpRequest.Builder req = HttpRequest.newBuilder(job.uri).timeout(timeout).GET()
                .header("User-Agent", userAgent).header("Accept", "image/png,image/jpeg,image/*;q=0.8");
        if (job.revalidate != null) {
            if (!job.revalidate.etag().isEmpty()) {
                req.header("If-None-Match", job.revalidate.etag());
            }
            if (!job.revalidate.lastModified().isEmpty()) {
                req.header("If-Modified-Since", job.revalidate.lastModified());
            }
        }
        CompletableFuture<HttpResponse<byte[]>> call;
        try {
            call = client().sendAsync(req.build(), info -> new LimitedBody(MAX_BODY_BYTES));
        } catch (RuntimeException e) {
            finish(host, job, new FetchResult.Failed("cannot send: " + e, false));
            return;
        }
        // the request timeout covers the wait for headers; this also bounds a body that trickles in, and cancels
        // the exchange when it is over, so that a hung server never holds more than the allowed connections
        call.copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> error != null ? failure(job.uri, error) : interpret(host, response))
                .thenAccept(result -> {
                    call.cancel(true);
                    finish(host, job, result);
                });
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = clientFactory.get();
        }
        return client;
    }

    private void finish(Host host, Job job, FetchResult result) {
        synchronized (this) {
            host.active--;
        }
        job.result.complete(result);
        pump(host);
    }

    private FetchResult interpret(Host host, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 200) {
            return new FetchResult.Ok(response.body(), response.headers());
        }
        if (status == 304) {
            return new FetchResult.NotModified(response.headers());
        }
        if (status == 403 || status == 429) {
            Instant now = clock.instant();
            Instant until = response.headers().firstValue("Retry-After").map(v -> retryAfter(v, now))
                    .orElse(now.plus(DEFAULT_BACKOFF));
            if (until.isAfter(now.plus(MAX_BACKOFF))) {
                until = now.plus(MAX_BACKOFF);
            }
            synchronized (this) {
                if (until.isAfter(host.backoffUntil)) {
                    host.backoffUntil = until;
                }
            }
            LOG.warning("Tile server " + response.uri().getHost() + " answered " + status
                    + "; no requests to it until " + until);
            return new FetchResult.Failed("HTTP " + status + " (backing off until " + until + ")", false);
        }
        return new FetchResult.Failed("HTTP " + status, false);
    }

    static Instant retryAfter(String value, Instant now) {
        String v = value.strip();
        try {
            return now.plusSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            return CacheMeta.parseHttpDate(v).orElse(now.plus(DEFAULT_BACKOFF));
        }
    }

    private static FetchResult failure(URI uri, Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean down = e instanceof ConnectException || e instanceof HttpTimeoutException
                || e instanceof TimeoutException || e instanceof UnresolvedAddressException
                || e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException;
        String what = e instanceof TimeoutException || e instanceof HttpTimeoutException ? "timed out"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new FetchResult.Failed(what, down);
    }

    /** Collects a body up to a limit; a larger body fails the request instead of filling the memory. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (out.size() + b.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new IOException("the tile is larger than " + limit + " bytes"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(out.toByteArray());
        }
    }
}
