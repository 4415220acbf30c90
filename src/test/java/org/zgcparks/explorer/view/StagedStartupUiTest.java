package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * The window as the app opens it: the map first, the side panels built right after the first frame with every park
 * drawn (see {@link MainWindow.SidePanels#AFTER_FIRST_FRAME}).
 */
@ExtendWith(ApplicationExtension.class)
class StagedStartupUiTest {

    final List<String> frames = new CopyOnWriteArrayList<>();

    /** The app's window wired as in the other UI tests but staged and not shown yet; records each start-up frame. */
    TestWindows staged(Path dir) throws Exception {
        Stage stage = TestWindows.fx(Stage::new);
        TestWindows ui = TestWindows.fx(() -> TestWindows.build(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()),
                MainWindow.SidePanels.AFTER_FIRST_FRAME));
        MainWindow w = ui.window();
        w.onStartupFrames(() -> frames.add("first frame: parks drawn " + w.allParksDrawn() + ", panels " + w.sidePanelsBuilt()),
                () -> frames.add("ready: panels " + w.sidePanelsBuilt()));
        return ui;
    }

    @Test
    void theMapComesFirstAndThePanelsFollowShowingTheStateSetBeforeThem(FxRobot robot, @TempDir Path dir) throws Exception {
        SettingsStore settings = new SettingsStore(dir.resolve("settings.properties"));
        settings.put("selection.park", "im-way");
        settings.save();
        TestWindows ui = staged(dir);
        MainWindow window = ui.window();
        Stage stage = window.stage();

        assertFalse(TestWindows.fx(window::sidePanelsBuilt));
        assertTrue(robot.lookup("#park-list").tryQuery().isEmpty());
        // as --industry does: a filter set after the window is built, before its panels exist
        ExplorerUiTest.interact(() -> ui.vm().filterByIndustry("uav"));
        ExplorerUiTest.interact(stage::show);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TestWindows.fx(window::isReady));

        assertEquals(List.of("first frame: parks drawn true, panels false", "ready: panels true"), frames);
        assertEquals(ui.dataset().park("im-way").orElseThrow().names().en(),
                robot.lookup("#overview-name").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#filter-warning").query().isVisible(), "IM Way has no UAV industry");
        String count = robot.lookup("#park-count").queryAs(Label.class).getText();
        assertTrue(count.startsWith("1 of " + ui.dataset().parks().size()) && count.contains("outside the filter"), count);
        ExplorerUiTest.interact(stage::close);
    }

    @Test
    void findBeforeTheFirstFrameBuildsThePanelsAtOnce(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindow window = staged(dir).window();
        Stage stage = window.stage();

        ExplorerUiTest.interact(() -> {
            stage.show();
            window.focusSearch(); // in the same FX turn as show(): no frame has been drawn yet
        });
        assertTrue(TestWindows.fx(window::sidePanelsBuilt));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TestWindows.fx(window::isReady));
        assertEquals(List.of("first frame: parks drawn true, panels true", "ready: panels true"), frames);
        assertSame(robot.lookup("#search-field").query(), TestWindows.fx(() -> stage.getScene().getFocusOwner()));
        ExplorerUiTest.interact(stage::close);
    }
}
