package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * What the details panel and the park list show of the fact-checked dataset: readings beyond the sources marked as
 * the project's own, dates as exact as their source, paragraph citations, several districts, the sub-park count.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectReadingUiTest {

    ExplorerViewModel vm;
    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("zgc-reading-test");
        TestWindows ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
        vm = ui.vm();
        tiles = ui.tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }

    void select(String parkId) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.select(parkId)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<String> texts(FxRobot robot, String containerId) {
        return robot.lookup(containerId).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(Objects::nonNull).toList();
    }

    @Test
    void theOverviewLabelsTheProjectsReading(FxRobot robot) throws Exception {
        select("dongcheng-park");
        Label reading = robot.lookup("#overview-project-reading").queryAs(Label.class);
        assertTrue(reading.getText().startsWith("Project's reading (not in the sources): Listed from"), reading.getText());
        assertTrue(reading.getStyleClass().contains("project-reading"));
        select("fengtai-park");
        assertTrue(robot.lookup("#overview-project-reading").tryQuery().isPresent(), "every unmentioned sub-park says so");
        select("inno-way");
        assertTrue(robot.lookup("#overview-project-reading").tryQuery().isEmpty(), "no reading, no label");
    }

    @Test
    void eTownNamesBothDistrictsAndItsDatesAsTheSourceGivesThem(FxRobot robot) throws Exception {
        select("bda");
        List<String> overview = texts(robot, "#details-tabs");
        assertTrue(overview.contains("Daxing District, Tongzhou District"), overview.toString());
        assertTrue(overview.stream().anyMatch(t -> t.startsWith("by 2024-09-19 — ") && t.contains("British 48 Group Club")),
                overview.toString());
    }

    @Test
    void industriesShowParagraphsAndReadings(FxRobot robot) throws Exception {
        select("haidian-park");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#details-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> list = texts(robot, "#industries-list");
        assertTrue(list.stream().anyMatch(t -> t.startsWith("Project's reading") && t.contains("research side")), list.toString());
        assertTrue(list.stream().anyMatch(t -> t.startsWith("Source: ") && t.contains(", ¶2")), list.toString());
        assertFalse(list.stream().anyMatch(t -> t.contains("Research side")), list.toString());
    }

    @Test
    void theSubParkHeadingExplainsTheCount(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = texts(robot, "#park-list");
        assertTrue(rows.contains("Zhongguancun sub-parks (17)"), rows.toString());
        assertTrue(rows.contains("16 officially; Daxing, Yizhuang apart"), rows.toString());
        assertEquals(1, rows.stream().filter(t -> t.startsWith("16 officially")).count());
    }
}
