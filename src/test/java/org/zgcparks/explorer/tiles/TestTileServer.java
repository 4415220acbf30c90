package org.zgcparks.explorer.tiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A tile server on 127.0.0.1 for tests (the JDK's HTTP server): it records every request and answers with what
 * the test's handler says. {@link #hang} holds a request until the test ends, for timeouts and slow bodies.
 */
public final class TestTileServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, Request request) throws IOException;
    }

    final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger active = new AtomicInteger();
    final AtomicInteger maxActive = new AtomicInteger();
    final CountDownLatch hang = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    volatile Handler handler = (ex, r) -> send(ex, 200, png(Color.RED), Map.of("Cache-Control", "max-age=3600"));

    public TestTileServer() throws IOException {
        this(0);
    }

    public TestTileServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            Request r = new Request(ex.getRequestURI().toString(), Map.copyOf(ex.getRequestHeaders()));
            requests.add(r);
            int now = active.incrementAndGet();
            maxActive.accumulateAndGet(now, Math::max);
            try {
                handler.handle(ex, r);
            } catch (IOException | RuntimeException e) {
                // the client went away: fine for a test server
            } finally {
                active.decrementAndGet();
                ex.close();
            }
        });
        server.start();
    }

    /** The paths requested so far, in order. */
    public List<String> requestPaths() {
        return requests.stream().map(Request::path).toList();
    }

    /** How the server answers, for tests outside this package. */
    @FunctionalInterface
    public interface Answer {
        void handle(HttpExchange exchange) throws IOException;
    }

    public void setHandler(Answer answer) {
        handler = (ex, r) -> answer.handle(ex);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    String template() {
        return "http://127.0.0.1:" + port() + "/{z}/{x}/{y}.png";
    }

    public int count() {
        return requests.size();
    }

    public static void send(HttpExchange ex, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (body == null || status == 304) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    /** Waits (bounded) until the test lets go: for hung servers. */
    void awaitRelease() {
        try {
            hang.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A 256-pixel PNG of one colour. */
    public static byte[] png(Color colour) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        hang.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
