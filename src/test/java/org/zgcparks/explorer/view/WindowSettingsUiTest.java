package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** The window with hostile or unsaveable settings: it fits the screen, and the status bar says what cannot be saved. */
@ExtendWith(ApplicationExtension.class)
class WindowSettingsUiTest {

    @Test
    void aSavedWindowLargerThanTheScreenIsClampedToIt(FxRobot robot, @TempDir Path dir) throws Exception {
        SettingsStore saved = new SettingsStore(dir.resolve("settings.properties"));
        // 5000x4000 (from the reliability run): larger than the headless screen, small enough not to exhaust memory
        // should clamping ever break (100000 once gave a 32767-pixel window, tested in WindowPlacementTest)
        saved.put("window.width", 5000.0);
        saved.put("window.height", 4000.0);
        saved.put("window.x", 0.0);
        saved.put("window.y", 0.0);
        saved.save();
        Stage stage = TestWindows.fx(Stage::new);
        TestWindows ui = TestWindows.fx(() -> TestWindows.build(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()),
                MainWindow.SidePanels.AT_ONCE));
        ExplorerUiTest.interact(stage::show);
        Rectangle2D screen = TestWindows.fx(() -> Screen.getPrimary().getVisualBounds());
        assertTrue(TestWindows.fx(stage::getWidth) <= screen.getWidth()
                && TestWindows.fx(stage::getHeight) <= screen.getHeight(),
                () -> "window " + stage.getWidth() + "x" + stage.getHeight() + " on a screen of " + screen);
        ExplorerUiTest.interact(stage::close);
        assertTrue(ui.settings().getDouble("window.width").orElseThrow() <= screen.getWidth(), "saved clamped");
    }

    @Test
    void theStatusBarSaysWhenSettingsCannotBeSaved(FxRobot robot, @TempDir Path dir) throws Exception {
        // a folder where the settings file should be: saving fails (as root, permission bits would not)
        Files.createDirectories(dir.resolve("settings.properties"));
        Files.writeString(dir.resolve("settings.properties").resolve("x"), "x");
        Stage stage = TestWindows.fx(Stage::new);
        TestWindows ui = TestWindows.fx(() -> TestWindows.build(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()),
                MainWindow.SidePanels.AT_ONCE));
        ExplorerUiTest.interact(stage::show);
        ui.settings().save();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-settings").tryQueryAs(Label.class).map(Label::isVisible).orElse(false));
        String text = robot.lookup("#status-settings").queryAs(Label.class).getText();
        assertTrue(text.contains("Settings cannot be saved"), text);
        ExplorerUiTest.interact(stage::close);
    }
}
