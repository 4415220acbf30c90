package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.ParkMapView;

/**
 * The map decluttered at the start zoom: labels where there is room, none overlapping each other or under the legend,
 * markers clustered with counts.
 */
@ExtendWith(ApplicationExtension.class)
class MapDeclutterUiTest {

    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = TestWindows.open(stage, Files.createTempDirectory("zgc-declutter-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
        // the window's size as the app opens it (the largest the headless screen holds)
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    ParkMapView map() {
        return ui.window().map();
    }

    /** The start view: every park framed in the map at its current size. */
    void atTheStartZoom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> map().showAll(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atTheStartZoomChaoyangDongchengAndMentougouAreLabelledAndNoLabelsOverlap(FxRobot robot) throws Exception {
        atTheStartZoom(robot);
        List<String> wanted = List.of("chaoyang-park", "dongcheng-park", "mentougou-park", "bda", "haidian-park");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> fx(() -> wanted.stream().allMatch(id -> map().layer().isLabelShown(id))));
        } catch (TimeoutException e) {
            // the assertion names the labels missing
        }
        assertEquals(List.of(), fx(() -> wanted.stream().filter(id -> !map().layer().isLabelShown(id)).toList()),
                "labels missing at the start zoom " + fx(() -> map().zoom()) + "; shown: " + fx(() -> ui.dataset().parks()
                        .stream().filter(p -> map().layer().isLabelShown(p.id())).map(p -> p.id()).toList()));
        List<Node> shown = fx(() -> robot.lookup(".park-label").queryAll().stream()
                .filter(n -> n.isVisible() && n.getParent() != null).map(n -> (Node) n).toList());
        assertTrue(shown.size() >= 15, "labels shown: " + shown.size());
        Node legend = robot.lookup("#map-legend").query();
        Bounds legendBounds = fx(() -> legend.localToScene(legend.getBoundsInLocal()));
        for (int i = 0; i < shown.size(); i++) {
            Node label = shown.get(i);
            assertFalse(fx(() -> label.localToScene(label.getBoundsInLocal())).intersects(legendBounds),
                    label.getId() + " under the legend");
            for (int j = i + 1; j < shown.size(); j++) {
                Node a = shown.get(i), b = shown.get(j);
                Bounds ba = fx(() -> a.getBoundsInParent()), bb = fx(() -> b.getBoundsInParent());
                assertFalse(ba.intersects(bb), a.getId() + " overlaps " + b.getId());
            }
        }
    }

    @Test
    void markersThatPileUpAreClusteredWithTheirCountAndAClickZoomsInToThem(FxRobot robot) throws Exception {
        atTheStartZoom(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> map().layer().clusters()).isEmpty());
        List<List<String>> clusters = fx(() -> map().layer().clusters());
        for (List<String> ids : clusters) {
            Label disc = robot.lookup("#park-cluster-" + ids.get(0)).queryAs(Label.class);
            assertTrue(fx(disc::isVisible));
            assertEquals(Integer.toString(ids.size()), disc.getText(), "the cluster shows its count");
            for (String id : ids) {
                assertFalse(fx(() -> robot.lookup("#park-marker-" + id).query().isVisible()), id + " is in the cluster");
            }
        }
        List<String> first = clusters.get(0);
        Label disc = robot.lookup("#park-cluster-" + first.get(0)).queryAs(Label.class);
        double zoom = fx(() -> map().zoom());
        Point2D at = fx(() -> disc.localToScreen(disc.getWidth() / 2, disc.getHeight() / 2));
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#map-tooltip").queryAs(Label.class).getText().contains(first.size() + " parks"));
        robot.clickOn(at, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> map().zoom()) >= zoom + 1, "a click on a cluster zooms in");
        assertEquals(null, ui.vm().selectedParkProperty().get(), "and selects nothing");
        Node view = map().mapView();
        Bounds onScreen = fx(() -> view.localToScreen(view.getBoundsInLocal()));
        for (String id : first) {
            assertTrue(onScreen.contains(ui.screenPointOf(id)), id + " in view after zooming in");
        }
    }
}
