package org.zgcparks.explorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * What the main window remembers between runs: its place and size (put back on a screen that still exists, see
 * {@link WindowPlacement}), whether it was maximised, the selected park and the filter.
 */
final class WindowState {

    private WindowState() {
    }

    static void restore(Stage stage, SettingsStore settings, ExplorerViewModel vm) {
        var w = settings.getDouble("window.width");
        var h = settings.getDouble("window.height");
        if (w.isPresent() && h.isPresent()) {
            var saved = new WindowPlacement.Box(settings.getDouble("window.x").orElse(Double.NaN),
                    settings.getDouble("window.y").orElse(Double.NaN), w.get(), h.get());
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
        stage.setMaximized(settings.getBoolean("window.maximized", false));
        settings.get("selection.park").ifPresent(vm::select);
        FilterSettings.restore(settings, vm);
    }

    private static WindowPlacement.Box box(Rectangle2D r) {
        return new WindowPlacement.Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    static void save(Stage stage, SettingsStore settings, ExplorerViewModel vm) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        var selected = vm.selectedParkProperty().get();
        settings.put("selection.park", selected == null ? null : selected.id());
        FilterSettings.save(settings, vm);
        settings.save();
    }
}
