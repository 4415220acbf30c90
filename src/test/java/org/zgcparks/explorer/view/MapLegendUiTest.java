package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
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
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.MapTiles;

/** The map's legend: one entry per kind on the map, collapsible, and kinds told apart by more than colour. */
@ExtendWith(ApplicationExtension.class)
class MapLegendUiTest {

    Dataset dataset;
    MainWindow window;
    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        TestWindows ui = TestWindows.open(stage, Files.createTempDirectory("zgc-legend-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
        dataset = ui.dataset();
        window = ui.window();
        tiles = ui.tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }


    List<ParkKind> kindsOnTheMap() {
        return dataset.parks().stream().map(Park::kind).distinct().sorted().toList();
    }

    /** Whether the node and every parent are visible. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What tells a kind apart besides colour: the outline's dash pattern and the marker's shape. */
    static String symbol(Shape outline, Shape marker) {
        String shape = marker instanceof Circle ? "circle"
                : marker instanceof Polygon p ? "polygon" + p.getPoints() : marker.getClass().getSimpleName();
        return outline.getStrokeDashArray() + " " + shape;
    }

    @Test
    void theLegendNamesEveryKindOnTheMapAndCollapses(FxRobot robot) throws Exception {
        Node legend = robot.lookup("#map-legend").query();
        assertTrue(legend.isVisible());
        for (ParkKind kind : kindsOnTheMap()) {
            Label entry = robot.lookup("#legend-kind-" + kind.id()).queryAs(Label.class);
            assertTrue(shown(entry), kind.id());
            assertFalse(entry.getText().isBlank(), kind.id());
        }
        double legendWidth = fx(() -> legend.getBoundsInParent().getWidth());
        double legendHeight = fx(() -> legend.getBoundsInParent().getHeight());
        double mapHeight = fx(() -> window.map().getHeight());
        assertTrue(legendWidth <= 240 && legendHeight < mapHeight / 2, "compact: " + legendWidth + " × " + legendHeight);

        robot.clickOn("#map-legend-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot.lookup("#legend-kind-sub-park").query()), "collapsed");
        robot.clickOn("#map-legend-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#legend-kind-sub-park").query()), "expanded again");
    }

    @Test
    void kindsDifferByOutlineDashOrMarkerShapeNotByColourAlone(FxRobot robot) throws Exception {
        List<String> symbols = new ArrayList<>();
        for (ParkKind kind : kindsOnTheMap()) {
            Shape outline = robot.lookup("#legend-outline-" + kind.id()).queryAs(Shape.class);
            Shape marker = robot.lookup("#legend-marker-" + kind.id()).queryAs(Shape.class);
            String s = fx(() -> symbol(outline, marker));
            assertFalse(symbols.contains(s), kind.id() + " looks like another kind but for its colour: " + s);
            symbols.add(s);
        }
        // the map draws what the legend shows
        for (Park p : dataset.parks()) {
            String kind = p.kind().id();
            if (p.outline().isPresent()) {
                Shape onMap = robot.lookup("#park-shape-" + p.id()).queryAs(Shape.class);
                Shape inLegend = robot.lookup("#legend-outline-" + kind).queryAs(Shape.class);
                assertEquals(fx(() -> List.copyOf(inLegend.getStrokeDashArray())),
                        fx(() -> List.copyOf(onMap.getStrokeDashArray())), p.id());
            } else {
                Shape onMap = robot.lookup("#park-marker-" + p.id()).queryAs(Shape.class);
                Shape inLegend = robot.lookup("#legend-marker-" + kind).queryAs(Shape.class);
                assertEquals(inLegend.getClass(), onMap.getClass(), p.id());
                if (onMap instanceof Polygon a && inLegend instanceof Polygon b) {
                    assertEquals(b.getPoints(), a.getPoints(), p.id());
                }
            }
        }
        assertNotEquals(0, symbols.size());
    }
}
