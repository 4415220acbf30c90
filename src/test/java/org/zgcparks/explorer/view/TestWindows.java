package org.zgcparks.explorer.view;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import javafx.stage.Stage;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileService;
import org.zgcparks.explorer.tiles.TileServices;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.viewmodel.SynchronousTaskRunner;
import org.zgcparks.explorer.viewmodel.TaskRunner;

/** The main window wired as the composition root wires it, on the bundled dataset, for UI tests. */
record TestWindows(Dataset dataset, ExplorerViewModel vm, MainWindow window, MapTiles tiles, TileServices services,
                   SettingsStore settings) {

    /**
     * @param source the tile service for the map, made from the factory (e.g. the offline basemap)
     */
    static TestWindows open(Stage stage, Path dir, Function<TileServices, TileService> source) throws Exception {
        TestWindows ui = build(stage, dir, source, MainWindow.SidePanels.AT_ONCE);
        stage.show();
        return ui;
    }

    /**
     * The same wiring without showing the stage (on the FX thread), the side panels built as given; the settings
     * file is {@code dir/settings.properties}.
     */
    static TestWindows build(Stage stage, Path dir, Function<TileServices, TileService> source,
                             MainWindow.SidePanels sidePanels) throws Exception {
        return build(stage, dir, source, sidePanels, new SynchronousTaskRunner());
    }

    /** The same wiring with the given task runner (the app's own, where a test needs work to run in the background). */
    static TestWindows build(Stage stage, Path dir, Function<TileServices, TileService> source,
                             MainWindow.SidePanels sidePanels, TaskRunner tasks) throws Exception {
        Dataset dataset = new DatasetLoader().loadBundled();
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(dataset.parks());
        TileServices services = new TileServices(dir.resolve("cache"), 50L << 20, "ZGCParksExplorer-test", basemap);
        MapTiles tiles = new MapTiles(source.apply(services));
        AppTileRetriever.install(tiles);
        ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), tasks);
        vm.setDataset(dataset, DatasetLoader.BUNDLED_NAME);
        vm.districts().setBasemap(new BasemapLoader().loadBundled());
        SettingsStore settings = new SettingsStore(dir.resolve("settings.properties"));
        Messages messages = new Messages(Locale.ENGLISH);
        FactSheetService sheets = new FactSheetService(services, messages, Clock.systemUTC(), "test");
        MainWindow window = new MainWindow(stage, vm, messages, settings, tiles, services, sheets, false, sidePanels);
        return new TestWindows(dataset, vm, window, tiles, services, settings);
    }
}
