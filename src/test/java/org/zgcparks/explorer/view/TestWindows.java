package org.zgcparks.explorer.view;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** The main window wired as the composition root wires it, on the bundled dataset, for UI tests. */
record TestWindows(Dataset dataset, ExplorerViewModel vm, MainWindow window, MapTiles tiles, TileSourceFactory services,
                   SettingsStore settings) {

    /** Runs {@code call} on the FX thread and gives its result. */
    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    /** Where a park's centre is on the screen. */
    Point2D screenPointOf(String parkId) throws Exception {
        var park = dataset.park(parkId).orElseThrow();
        return fx(() -> window.map().screenPointOf(park.centre()));
    }

    /**
     * @param source the tile service for the map, made from the factory (e.g. the offline basemap)
     */
    static TestWindows open(Stage stage, Path dir, Function<TileSourceFactory, TileSource> source) throws Exception {
        TestWindows ui = build(stage, dir, source, MainWindow.SidePanels.AT_ONCE);
        stage.show();
        return ui;
    }

    /**
     * The same wiring without showing the stage (on the FX thread), the side panels built as given; the settings
     * file is {@code dir/settings.properties}.
     */
    static TestWindows build(Stage stage, Path dir, Function<TileSourceFactory, TileSource> source,
                             MainWindow.SidePanels sidePanels) throws Exception {
        return build(stage, dir, source, sidePanels, Locale.ENGLISH, TaskRunner.sameThread());
    }

    /** The same wiring with the given task runner (the app's own, where a test needs work to run in the background). */
    static TestWindows build(Stage stage, Path dir, Function<TileSourceFactory, TileSource> source,
                             MainWindow.SidePanels sidePanels, TaskRunner tasks) throws Exception {
        return build(stage, dir, source, sidePanels, Locale.ENGLISH, tasks);
    }

    /** The same wiring in the given language. */
    static TestWindows build(Stage stage, Path dir, Function<TileSourceFactory, TileSource> source,
                             MainWindow.SidePanels sidePanels, Locale language) throws Exception {
        return build(stage, dir, source, sidePanels, language, TaskRunner.sameThread());
    }

    private static TestWindows build(Stage stage, Path dir, Function<TileSourceFactory, TileSource> source,
                                     MainWindow.SidePanels sidePanels, Locale language, TaskRunner tasks)
            throws Exception {
        Wiring w = Wiring.of(dir, source, tasks);
        Messages messages = new Messages(language);
        MainWindow window = new MainWindow(stage, w.vm(), messages, w.settings(), w.tiles(), w.services(),
                w.sheets(messages), false, sidePanels);
        return new TestWindows(w.dataset(), w.vm(), window, w.tiles(), w.services(), w.settings());
    }

    /** The wiring of the app with a language switch: the window is rebuilt by {@link WindowLanguage}. */
    record Switchable(Dataset dataset, ExplorerViewModel vm, WindowLanguage language, MapTiles tiles) {
    }

    static Switchable switchable(Stage stage, Path dir, Function<TileSourceFactory, TileSource> source, Locale start)
            throws Exception {
        Wiring w = Wiring.of(dir, source, TaskRunner.sameThread());
        WindowLanguage language = new WindowLanguage(stage, w.settings(), (messages, panels) -> new MainWindow(stage,
                w.vm(), messages, w.settings(), w.tiles(), w.services(), w.sheets(messages), false, panels));
        language.open(start, MainWindow.SidePanels.AT_ONCE);
        return new Switchable(w.dataset(), w.vm(), language, w.tiles());
    }

    /** What the composition root makes before the window: the bundled dataset, its view-model, tiles and settings. */
    private record Wiring(Dataset dataset, ExplorerViewModel vm, MapTiles tiles, TileSourceFactory services,
                          SettingsStore settings) {
        static Wiring of(Path dir, Function<TileSourceFactory, TileSource> source, TaskRunner tasks) throws Exception {
            Dataset dataset = new DatasetLoader().loadBundled();
            OfflineBasemap basemap = new OfflineBasemap();
            basemap.setParks(dataset.parks());
            TileSourceFactory services = new TileSourceFactory(dir.resolve("cache"), 50L << 20, "ZGCParksExplorer-test", basemap);
            MapTiles tiles = new MapTiles(source.apply(services));
            AppTileRetriever.install(tiles);
            ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), tasks);
            vm.setDataset(dataset, DatasetLoader.BUNDLED_NAME);
            vm.districts().setBasemap(new BasemapLoader().loadBundled());
            return new Wiring(dataset, vm, tiles, services, new SettingsStore(dir.resolve("settings.properties")));
        }

        FactSheetService sheets(Messages messages) {
            return new FactSheetService(services, messages, Clock.systemUTC(), "test");
        }
    }
}
