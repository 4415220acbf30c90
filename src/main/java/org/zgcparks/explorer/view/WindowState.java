package org.zgcparks.explorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.SelectionPrefs;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.settings.WindowPrefs;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * What the main window remembers between runs: its place and size (put back on a screen that still exists, see
 * {@link WindowPlacement}), whether it was maximised, the selected park and the filter.
 */
final class WindowState {

    private WindowState() {
    }

    static void restore(Stage stage, SettingsStore settings, ExplorerViewModel vm) {
        WindowPrefs prefs = WindowPrefs.load(settings);
        if (prefs.hasSize()) {
            var saved = new WindowPlacement.Box(prefs.x(), prefs.y(), prefs.width(), prefs.height());
            var screens = new ArrayList<WindowPlacement.Box>();
            screens.add(box(Screen.getPrimary().getVisualBounds()));
            Screen.getScreens().stream().filter(s -> s != Screen.getPrimary())
                    .forEach(s -> screens.add(box(s.getVisualBounds())));
            WindowPlacement.Box b = WindowPlacement.place(Optional.of(saved), screens);
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            // first start: the default size, unless the screen is smaller (a 1000×700 screen gets a window that fits)
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (screen.getWidth() < WindowPlacement.DEFAULT_WIDTH || screen.getHeight() < WindowPlacement.DEFAULT_HEIGHT) {
                WindowPlacement.Box b = WindowPlacement.place(Optional.empty(), List.of(box(screen)));
                stage.setWidth(b.width());
                stage.setHeight(b.height());
                stage.setX(b.x());
                stage.setY(b.y());
            }
        }
        stage.setMaximized(prefs.maximized());
        SelectionPrefs.load(settings).parkId().ifPresent(vm::select);
        FilterSettings.restore(settings, vm);
    }

    private static WindowPlacement.Box box(Rectangle2D r) {
        return new WindowPlacement.Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    static void save(Stage stage, SettingsStore settings, ExplorerViewModel vm) {
        boolean placed = !stage.isMaximized() && !stage.isIconified(); // else the place it returns to is kept
        (placed ? new WindowPrefs(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false)
                : WindowPrefs.load(settings)).withMaximized(stage.isMaximized()).save(settings);
        new SelectionPrefs(Optional.ofNullable(vm.selectedParkProperty().get()).map(Park::id)).save(settings);
        FilterSettings.save(settings, vm);
        settings.save();
    }
}
