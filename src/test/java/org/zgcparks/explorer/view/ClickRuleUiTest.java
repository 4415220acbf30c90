package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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

/** Clicks on overlapping features: what is smallest (or a label) wins, a second click cycles, hover shows the pick. */
@ExtendWith(ApplicationExtension.class)
class ClickRuleUiTest {

    Dataset dataset;
    ExplorerViewModel vm;
    MainWindow window;
    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        TestWindows ui = TestWindows.open(stage, Files.createTempDirectory("zgc-click-test"),
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

    @Test
    void eTownIsClickableAtTheStartZoomByItsLabel(FxRobot robot) throws Exception {
        Node label = robot.lookup("#park-label-bda").query();
        assertNotNull(label);
        // the map fits the parks and places its labels once its size is known (the shared test stage may have just
        // been resized): point at the label where it stands now until the hover follows, or fail after 10 s
        Point2D[] centre = {null};
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                centre[0] = fx(() -> label.isVisible() ? label.localToScreen(label.getLayoutBounds().getCenterX(),
                        label.getLayoutBounds().getCenterY()) : null);
                if (centre[0] == null) {
                    return false;
                }
                robot.moveTo(centre[0].add(0, 1)).moveTo(centre[0]);
                WaitForAsyncUtils.waitForFxEvents();
                return vm.hoveredParkProperty().get() != null && "bda".equals(vm.hoveredParkProperty().get().id());
            });
        } catch (TimeoutException e) {
            // fall through to the assertion, which names what was hovered instead
        }
        assertEquals("bda", vm.hoveredParkProperty().get() == null ? null : vm.hoveredParkProperty().get().id(),
                "hovering the label highlights E-Town");
        robot.clickOn(centre[0], MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("bda", vm.selectedParkProperty().get().id());
    }

    @Test
    void aSecondClickAtTheSameSpotCyclesToTheNextFeatureThere(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select("zgc-street"));
        robot.interact(() -> vm.clearSelection());
        Park street = dataset.park("zgc-street").orElseThrow();
        Point2D spot = fx(() -> window.map().screenPointOf(street.centre()));
        robot.moveTo(spot.add(30, 30)).moveTo(spot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zgc-street", vm.hoveredParkProperty().get().id(), "hover shows the smallest feature");
        robot.clickOn(spot, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zgc-street", vm.selectedParkProperty().get().id(), "the smallest feature wins");
        assertEquals("haidian-park", vm.hoveredParkProperty().get().id(), "hover shows what the next click selects");
        robot.clickOn(spot, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("haidian-park", vm.selectedParkProperty().get().id(), "a second click cycles to the next feature");
    }
}
