package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.ParkMapView;

/** The map with the keyboard: reachable with Tab, arrows pan, +/- zoom, Tab goes through parks, Enter selects. */
@ExtendWith(ApplicationExtension.class)
class MapKeyboardUiTest {

    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = TestWindows.open(stage, Files.createTempDirectory("zgc-map-keys-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    ParkMapView map() {
        return ui.window().map();
    }

    Node mapView() {
        return map().mapView();
    }

    /** Gives the map the keyboard focus the way a keyboard user does: Tab until it has it. */
    void tabToTheMap(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window().scene().lookup("#search-field").requestFocus());
        for (int i = 0; i < 80 && !fx(() -> mapView().isFocused()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(fx(() -> mapView().isFocused()), "Tab reaches the map");
    }

    @Test
    void tabReachesTheMapWhichShowsAFocusRing(FxRobot robot) throws Exception {
        Node ring = robot.lookup("#map-focus-ring").query();
        assertFalse(fx(ring::isVisible), "no ring before the map has the focus");
        robot.interact(() -> mapView().requestFocus()); // as the window may at start-up
        assertTrue(fx(() -> mapView().isFocused()));
        assertFalse(fx(ring::isVisible), "no ring when the keyboard did not bring the focus");
        tabToTheMap(robot);
        assertTrue(fx(ring::isVisible), "the focus ring is shown");
        assertEquals(AccessibleRole.IMAGE_VIEW, fx(() -> mapView().getAccessibleRole()));
        assertEquals("map", fx(() -> mapView().getAccessibleRoleDescription()));
        assertTrue(fx(() -> mapView().getAccessibleText()).contains("No park selected"));
    }

    @Test
    void arrowKeysPanAndPlusMinusZoomTheFocusedMap(FxRobot robot) throws Exception {
        tabToTheMap(robot);
        GeoPoint before = fx(() -> map().centre());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> map().centre()).lon() > before.lon(), "right shows what lies east");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> map().centre()).lat() < before.lat(), "down shows what lies south");
        double zoom = fx(() -> map().zoom());
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom + 1, fx(() -> map().zoom()), 1e-9);
        robot.type(KeyCode.SUBTRACT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, fx(() -> map().zoom()), 1e-9);
        assertTrue(fx(() -> mapView().isFocused()), "the keys kept the focus on the map");
    }

    @Test
    void enterSelectsTheParkAtTheCentre(FxRobot robot) throws Exception {
        tabToTheMap(robot);
        Park shunyi = ui.dataset().park("shunyi-park").orElseThrow();
        robot.interact(() -> map().showAt(shunyi.centre(), 12));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("shunyi-park", ui.vm().selectedParkProperty().get().id());
        assertTrue(fx(() -> mapView().getAccessibleText()).contains("Selected: Shunyi Park"),
                fx(() -> mapView().getAccessibleText()));
    }

    @Test
    void tabGoesThroughTheParksInViewAndEnterSelectsTheHighlightedOne(FxRobot robot) throws Exception {
        tabToTheMap(robot);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Park first = ui.vm().hoveredParkProperty().get();
        assertNotNull(first, "Tab highlights a park");
        assertTrue(fx(() -> mapView().isFocused()), "the focus stays on the map");
        assertTrue(fx(() -> mapView().getAccessibleText()).contains("Highlighted: " + first.names().en()),
                fx(() -> mapView().getAccessibleText()));
        Bounds view = fx(() -> mapView().localToScreen(mapView().getBoundsInLocal()));
        assertTrue(view.contains(ui.screenPointOf(first.id())), "the highlighted park is in view");

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Park second = ui.vm().hoveredParkProperty().get();
        assertNotNull(second);
        assertNotEquals(first, second, "the next Tab highlights the next park");
        assertTrue(view.contains(ui.screenPointOf(second.id())));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, ui.vm().hoveredParkProperty().get(), "Shift+Tab goes back");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, ui.vm().selectedParkProperty().get(), "Enter selects the highlighted park");
    }

    @Test
    void afterTheLastParkTabLeavesTheMap(FxRobot robot) throws Exception {
        tabToTheMap(robot);
        int parks = ui.dataset().parks().size();
        for (int i = 0; i <= parks && fx(() -> mapView().isFocused()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(fx(() -> mapView().isFocused()), "the keyboard is never trapped in the map");
        assertNull(ui.vm().hoveredParkProperty().get(), "no park stays highlighted");
    }

    @Test
    void escapeOnTheMapClearsTheSelectionAsEverywhere(FxRobot robot) throws Exception {
        tabToTheMap(robot);
        robot.interact(() -> ui.vm().select("daxing-park"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(ui.vm().selectedParkProperty().get());
        assertTrue(fx(() -> mapView().getAccessibleText()).contains("No park selected"));
    }
}
