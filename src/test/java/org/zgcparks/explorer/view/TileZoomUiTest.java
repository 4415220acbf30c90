package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TestTileServer;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileViewport;
import org.zgcparks.explorer.tiles.UrlTemplate;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.view.map.ParkMapView;

/**
 * Zooming with {@code +}, {@code -} or the mouse wheel, against a healthy tile server on 127.0.0.1: tiles at the new
 * zoom are requested and shown, and the park outlines follow the new scale, without the user ever dragging the map.
 */
@ExtendWith(ApplicationExtension.class)
class TileZoomUiTest {

    Path dir;
    MapTiles tiles;
    TestWindows ui;
    TestTileServer server;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-tile-zoom");
        server = new TestTileServer();
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

    ParkMapView map() {
        return ui.window().map();
    }

    long requestsAtZoom(int z) {
        return server.requestPaths().stream().filter(p -> p.startsWith("/" + z + "/")).count();
    }

    static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plus", "minus", "wheel"})
    void zoomingLoadsTheTilesOfTheNewZoomAndRescalesTheOutlinesWithoutADrag(String how, FxRobot robot) throws Exception {
        waitFor("the first tiles are in", () -> server.count() > 0 && TestWindows.fx(() -> tiles.provisionalInView()) == 0);
        String status = TestWindows.fx(() -> robot.lookup("#status-tiles").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(status.matches("Tiles: [1-9][0-9]* loaded"), status);
        double before = TestWindows.fx(() -> map().zoom());
        int z0 = TileViewport.tileZoom(before);
        int expected = how.equals("minus") ? z0 - 1 : z0 + 1;
        long already = requestsAtZoom(expected);
        switch (how) {
            case "plus" -> {
                ExplorerUiTest.interact(() -> map().mapView().requestFocus());
                robot.type(KeyCode.EQUALS);
            }
            case "minus" -> {
                ExplorerUiTest.interact(() -> map().mapView().requestFocus());
                robot.type(KeyCode.MINUS);
            }
            default -> ExplorerUiTest.interact(() -> {
                // ten wheel notches a little off the centre: one zoom level around the pointer
                double x = map().mapView().getWidth() * 0.6, y = map().mapView().getHeight() * 0.4;
                for (int i = 0; i < 10; i++) {
                    Point2D screen = map().mapView().localToScreen(x, y);
                    Event.fireEvent(map().mapView(), new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(),
                            screen.getY(), false, false, false, false, false, false, 0, 40, 0, 40,
                            ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
                            0, 0, new PickResult(map().mapView(), x, y)));
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        double after = TestWindows.fx(() -> map().zoom());
        assertEquals(expected, TileViewport.tileZoom(after), "zoomed from " + before + " to " + after);

        waitFor("tiles at zoom " + expected + " are requested", () -> requestsAtZoom(expected) > already);
        waitFor("every tile in view is a server tile", () -> TestWindows.fx(() -> tiles.provisionalInView()) == 0);

        // the outlines are drawn at the new scale: each park's first vertex lies where the map puts it now
        for (Park park : ui.dataset().parks()) {
            if (park.outline().isEmpty()) {
                continue;
            }
            GeoPoint first = park.outline().get().parts().get(0).points().get(0);
            Polygon shape = robot.lookup("#park-shape-" + park.id()).queryAs(Polygon.class);
            Point2D drawn = TestWindows.fx(() -> new Point2D(shape.getPoints().get(0), shape.getPoints().get(1)));
            Point2D now = TestWindows.fx(() -> map().layer().toLayer(first));
            assertTrue(drawn.distance(now) < 0.5, park.id() + " drawn at " + drawn + ", the map has it at " + now);
        }
    }
}
