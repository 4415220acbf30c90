package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** What a desktop user expects of the map and window: Esc does one thing, nothing lingers, zoom commands. */
@ExtendWith(ApplicationExtension.class)
class MapDesktopUiTest {

    Dataset dataset;
    ExplorerViewModel vm;
    TestWindows ui;
    MainWindow window;
    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        ui = TestWindows.open(stage, Files.createTempDirectory("zgc-desktop-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
        dataset = ui.dataset();
        vm = ui.vm();
        window = ui.window();
        tiles = ui.tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }


    Point2D screenPointOf(String parkId) throws Exception {
        return ui.screenPointOf(parkId);
    }

    Menu viewMenu() throws Exception {
        MenuBar bar = fx(() -> (MenuBar) window.scene().lookup("#menu-bar"));
        return bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void escapeThatClosesAMenuKeepsTheSelection(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select("daxing-park"));
        robot.clickOn("#menu-view");
        WaitForAsyncUtils.waitForFxEvents();
        Menu view = viewMenu();
        assertTrue(view.isShowing(), "the View menu is open");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.isShowing(), "Esc closed the menu");
        assertNotNull(vm.selectedParkProperty().get(), "Esc that closed the menu kept the selection");
        assertEquals("daxing-park", vm.selectedParkProperty().get().id());
        // the next Esc, with nothing open, clears the selection
        robot.clickOn(fx(() -> robot.lookup("#map-view").query().localToScreen(20, 20)), MouseButton.SECONDARY);
        robot.interact(() -> vm.select("daxing-park"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.selectedParkProperty().get());
    }

    @Test
    void escapeThatClosesAFilterPopupKeepsTheSelection(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select("daxing-park"));
        robot.clickOn("#kind-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())), "the kind list is open");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())), "Esc closed the list");
        assertNotNull(vm.selectedParkProperty().get(), "Esc that closed the list kept the selection");
    }

    @Test
    void theHoverCardDisappearsWhenTheMapMovesUnderIt(FxRobot robot) throws Exception {
        robot.moveTo(screenPointOf("shunyi-park"));
        WaitForAsyncUtils.waitForFxEvents();
        Label card = robot.lookup("#map-tooltip").queryAs(Label.class);
        assertTrue(card.isVisible());
        robot.interact(() -> window.map().panBy(300, 0));
        assertFalse(card.isVisible(), "a pan hides the card");
        assertNull(vm.hoveredParkProperty().get());

        robot.interact(() -> window.map().showAll(false));
        robot.moveTo(fx(() -> robot.lookup("#map-view").query().localToScreen(5, 5)));
        robot.moveTo(screenPointOf("shunyi-park"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card.isVisible());
        robot.interact(() -> window.map().zoomBy(1));
        assertFalse(card.isVisible(), "a zoom hides the card");

        robot.interact(() -> window.map().showAll(false));
        robot.moveTo(fx(() -> robot.lookup("#map-view").query().localToScreen(5, 5)));
        robot.moveTo(screenPointOf("shunyi-park"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card.isVisible());
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(card.isVisible(), "a wheel zoom hides the card");
    }

    @Test
    void theViewMenuZoomsToTheMatchingParksOrToAll(FxRobot robot) throws Exception {
        robot.interact(() -> vm.filterByIndustry("commercial-aerospace"));
        Set<String> matching = Set.of("haidian-park", "yizhuang-park", "bda", "rocket-street");
        robot.clickOn("#menu-view").clickOn("#menu-zoom-matching");
        WaitForAsyncUtils.waitForFxEvents();
        double matchingZoom = fx(() -> window.map().zoom());
        Node map = robot.lookup("#map-view").query();
        Bounds view = fx(() -> map.localToScreen(map.getBoundsInLocal()));
        for (String id : matching) {
            assertTrue(view.contains(screenPointOf(id)), id + " in view");
        }
        assertFalse(view.contains(screenPointOf("pinggu-park")), "framed on the matching parks, not all");

        robot.clickOn("#menu-view").clickOn("#menu-zoom-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.map().zoom()) < matchingZoom);
        for (Park p : dataset.parks()) {
            assertTrue(view.contains(screenPointOf(p.id())), p.id() + " in view");
        }

        robot.clickOn(fx(() -> map.localToScreen(20, 20)), MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(matchingZoom, fx(() -> window.map().zoom()), 1e-6, "Ctrl+0 zooms to the matching parks");
    }

    @Test
    void aSearchWithNoHitsSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("xqzwv");
        WaitForAsyncUtils.waitForFxEvents();
        Label none = robot.lookup("#search-no-hits").queryAs(Label.class);
        assertTrue(fx(() -> none.isVisible() && none.getScene() != null && none.getScene().getWindow().isShowing()),
                "the message is on screen");
        assertEquals("No parks or industries match 'xqzwv'", none.getText());
        robot.type(KeyCode.BACK_SPACE, 5).write("shunyi");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#search-hit-shunyi-park").tryQuery().orElse(null), "hits replace the message");
    }
}
