package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.TestTileServer;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.UrlTemplate;
import org.zgcparks.explorer.view.map.MapTiles;

/**
 * A tile server on 127.0.0.1 that first answers every request with one kind of error, then heals: the map fills in
 * every tile in view by itself (no pan, no Retry), and never asks sooner than the server's Retry-After allows.
 */
@ExtendWith(ApplicationExtension.class)
class TileFaultUiTest {

    Path dir;
    MapTiles tiles;
    TestWindows ui;
    TestTileServer server;
    final AtomicBoolean failing = new AtomicBoolean(true);
    final AtomicLong firstBackOffAt = new AtomicLong();
    /** Arrival times (System.nanoTime) of the requests. */
    final List<Long> arrivals = new CopyOnWriteArrayList<>();
    volatile String mode;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-tile-faults");
        server = new TestTileServer();
        server.setHandler(this::answer);
        TileSourceChoice spec = new TileSourceChoice.Xyz(UrlTemplate.parse(
                "http://127.0.0.1:" + server.port() + "/{z}/{x}/{y}.png", List.of(), ""), "Test tiles", "");
        ui = TestWindows.open(stage, dir, services -> {
            try {
                return services.create(spec, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        tiles = ui.tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
        server.close();
    }

    private void answer(HttpExchange ex) throws IOException {
        arrivals.add(System.nanoTime());
        // the window asks for tiles before the test method has set the mode: those fail with a 500
        String m = mode == null ? "500" : mode;
        if (!failing.get()) {
            TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of("Cache-Control", "max-age=3600"));
            return;
        }
        byte[] png = TestTileServer.png(Color.BLUE);
        switch (m) {
            case "500", "503", "404" -> TestTileServer.send(ex, Integer.parseInt(m), "error".getBytes(), Map.of());
            case "403", "429" -> {
                firstBackOffAt.compareAndSet(0, System.nanoTime());
                TestTileServer.send(ex, Integer.parseInt(m), new byte[0], Map.of("Retry-After", "1"));
            }
            case "truncated" -> {
                ex.sendResponseHeaders(200, png.length);
                ex.getResponseBody().write(png, 0, png.length / 3);
                ex.getResponseBody().flush();
                throw new IOException("connection dropped");
            }
            case "short" -> TestTileServer.send(ex, 200, Arrays.copyOf(png, 24), Map.of());
            default -> TestTileServer.send(ex, 200, "<html>please log in</html>".getBytes(), Map.of());
        }
    }

    static void waitFor(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"500", "503", "404", "403", "429", "truncated", "short", "html"})
    void everyFailedTileInViewIsFilledInWhenTheServerHealsWithoutAPan(String failure) throws Exception {
        mode = failure;
        waitFor("the tiles in view have failed", 15, () -> server.count() >= 4
                && TestWindows.fx(() -> tiles.source().stats().pending() == 0 && tiles.provisionalInView() > 0));
        GeoPoint centre = TestWindows.fx(() -> ui.window().map().centre());
        double zoom = TestWindows.fx(() -> ui.window().map().zoom());
        int failed = server.count();

        failing.set(false);
        waitFor("every tile in view is filled in", 20, () -> TestWindows.fx(() -> tiles.provisionalInView()) == 0);
        assertTrue(server.count() > failed, "the failed tiles were asked for again");
        assertEquals(NetworkStatus.ONLINE, tiles.statusProperty().get());
        GeoPoint after = TestWindows.fx(() -> ui.window().map().centre());
        assertEquals(centre.lat(), after.lat(), 1e-9, "the map was not moved");
        assertEquals(centre.lon(), after.lon(), 1e-9, "the map was not moved");
        assertEquals(zoom, TestWindows.fx(() -> ui.window().map().zoom()), 1e-9);

        if (firstBackOffAt.get() != 0) {
            // requests already on their way when the first answer came may arrive just after it; none later
            // until the second of Retry-After has passed
            long from = firstBackOffAt.get() + TimeUnit.MILLISECONDS.toNanos(300);
            long until = firstBackOffAt.get() + TimeUnit.MILLISECONDS.toNanos(1000);
            List<Long> early = arrivals.stream().filter(t -> t > from && t < until).toList();
            assertEquals(List.of(), early, "no request before Retry-After has passed");
        }
    }
}
