package org.zgcparks.explorer.view;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.basemap.District;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.DistrictLayer;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** Districts as a layer of the app: View › District boundaries, the district filter's outlines, the Overview. */
@ExtendWith(ApplicationExtension.class)
class DistrictLayerUiTest {

    TestWindows ui;
    ExplorerViewModel vm;
    MainWindow window;
    java.nio.file.Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-district-test");
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
        vm = ui.vm();
        window = ui.window();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }


    DistrictLayer layer() {
        return window.map().districtLayer();
    }

    District district(String id) {
        return vm.districts().checkProperty().get().district(id).orElseThrow();
    }

    @Test
    void theMenuTogglesEveryBoundaryAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> layer().shownDistricts()), "off by default");
        robot.clickOn("#menu-view").clickOn("#menu-district-boundaries");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, fx(() -> layer().shownDistricts()).size());
        assertTrue(vm.districts().boundariesShownProperty().get());
        // drawn where Haidian is: its path's bounds on screen hold Haidian Park
        Point2D park = fx(() -> window.map().screenPointOf(ui.dataset().park("haidian-park").orElseThrow().centre()));
        Path haidian = robot.lookup("#district-boundary-" + district("haidian").adcode()).queryAs(Path.class);
        assertFalse(haidian.getElements().isEmpty());
        assertTrue(fx(() -> haidian.localToScreen(haidian.getBoundsInLocal()).contains(park)));

        window.save();
        assertTrue(new SettingsStore(dir.resolve("settings.properties")).getBoolean("map.districtBoundaries", false));

        robot.clickOn("#menu-view").clickOn("#menu-district-boundaries");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> layer().shownDistricts()));
        window.save();
        assertFalse(new SettingsStore(dir.resolve("settings.properties")).getBoolean("map.districtBoundaries", true));
    }

    @Test
    void theOverlayFollowsTheDistrictFilter(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        CheckComboBox<org.zgcparks.explorer.model.District> box = robot.lookup("#district-filter").queryAs(CheckComboBox.class);
        interact(() -> box.getCheckModel().check(ui.dataset().district("daxing").orElseThrow()));
        interact(() -> box.getCheckModel().check(ui.dataset().district("haidian").orElseThrow()));
        assertEquals(Set.of(district("daxing"), district("haidian")), Set.copyOf(fx(() -> layer().shownDistricts())));
        assertTrue(fx(() -> layer().isChosen(district("daxing")) && layer().isChosen(district("haidian"))));

        // with every boundary on, the chosen ones stay marked apart
        interact(() -> vm.setBoundariesShown(true));
        assertEquals(16, fx(() -> layer().shownDistricts()).size());
        assertTrue(fx(() -> layer().isChosen(district("haidian"))));
        assertFalse(fx(() -> layer().isChosen(district("chaoyang"))));
        interact(() -> vm.setBoundariesShown(false));

        interact(() -> box.getCheckModel().clearCheck(ui.dataset().district("daxing").orElseThrow()));
        assertEquals(List.of(district("haidian")), fx(() -> layer().shownDistricts()));
        robot.clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> layer().shownDistricts()));
    }

    @Test
    void theOverviewNamesTheDistrictByPositionAndWarnsWhenTheRecordDisagrees(FxRobot robot) throws Exception {
        interact(() -> vm.select("zgc-street"));
        List<String> facts = robot.lookup(".fact-value").queryAllAs(Label.class).stream().map(Label::getText).toList();
        String haidian = ui.dataset().district("haidian").orElseThrow().names().en();
        assertTrue(facts.stream().filter(haidian::equals).count() == 2, "recorded and by position: " + facts);
        assertTrue(robot.lookup("#overview-district-warning").tryQuery().isEmpty());

        // the same dataset with Zhongguancun Street recorded in Chaoyang
        String json = Files.readString(java.nio.file.Path.of("resources/dataset/zgc-parks.json"), UTF_8);
        int at = json.indexOf("\"id\": \"zgc-street\"");
        int d = json.indexOf("\"district\": \"haidian\"", at);
        String wrong = json.substring(0, d) + "\"district\": \"chaoyang\"" + json.substring(d + "\"district\": \"haidian\"".length());
        Dataset ds = new DatasetLoader().parse("wrong.json", wrong.getBytes(UTF_8));
        interact(() -> vm.setDataset(ds, "wrong.json"));
        assertEquals(1, vm.districts().disagreements().size());
        interact(() -> vm.select("zgc-street"));
        Label warning = robot.lookup("#overview-district-warning").queryAs(Label.class);
        assertTrue(warning.getText().contains("Chaoyang") && warning.getText().contains("Haidian")
                && warning.getText().contains("km"), warning.getText());
    }

    private static void interact(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
