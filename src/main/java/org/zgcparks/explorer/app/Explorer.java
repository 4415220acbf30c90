package org.zgcparks.explorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.query.PreparedDataset;
import org.zgcparks.explorer.settings.AppInfo;
import org.zgcparks.explorer.settings.AppPaths;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.DaemonPool;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.MainWindow;
import org.zgcparks.explorer.view.StartupProbe;
import org.zgcparks.explorer.view.UiFont;
import org.zgcparks.explorer.view.WindowLanguage;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The composition root of the window: builds every service once (dataset loader, task runner, settings, tile
 * services, fact sheets, offline basemap), passes each to what needs it through constructors, and opens the window.
 * Views and view-models create none: a new tile source comes from the {@code TileSourceFactory} passed in, and views make
 * only language-bound helpers ({@code Messages}, {@code Formats}). The headless commands ({@code --export},
 * {@code --export-pdf}) are composition roots of their own and build what they need.
 */
final class Explorer {

    /** The dataset chosen at start-up, and what went wrong with the user's file if it fell back to the bundled one. */
    private record Startup(PreparedDataset prepared, String name, DatasetException userFileProblems, String userFile) {
    }

    private Explorer() {
    }

    static void launch(CommandLine cl, OpenedLinks links) {
        AppPaths paths = cl.configDir().map(AppPaths::under).orElseGet(AppPaths::forCurrentUser);
        LogSetup.configure(paths.cacheDir());
        // a link (or --select) while an explorer runs: that explorer selects the park, and this one ends
        Path instanceFile = paths.configDir().resolve("running-instance");
        if (cl.select().isPresent() && !cl.measureStartup()) {
            switch (SingleInstance.handOff(instanceFile, cl.select().get())) {
                case TAKEN -> {
                    System.out.println("zgc-parks-explorer: the explorer already open now shows " + cl.select().get());
                    System.exit(0);
                    return;
                }
                case UNKNOWN_PARK -> {
                    System.err.println("zgc-parks-explorer: unknown park \"" + cl.select().get()
                            + "\" for --select: the explorer already open has no such park");
                    System.exit(2);
                    return;
                }
                case NONE -> { }
            }
        }
        DatasetLoader loader = new DatasetLoader();

        // The app's one task runner: work on a small pool of daemon threads, results and progress on the FX thread.
        // Before the toolkit is up its pool already works: it reads the dataset and the UI font (below), whose
        // results the FX thread waits for; nothing reaches the FX thread through it until the toolkit has started.
        TaskRunner tasks = new TaskRunner(DaemonPool.of("task", 3), Platform::runLater);

        // While the toolkit starts: parse the dataset and build its matcher and search index as one task, preload
        // the UI's classes (and ICU's plural rules) on the preloader's thread.
        // The bare floor of --measure-startup does neither, so that it measures the toolkit alone.
        CompletableFuture<Startup> startup = cl.bare() ? CompletableFuture.completedFuture(null)
                : tasks.prefetch(() -> loadAtStartup(cl, loader));
        if (!cl.bare()) {
            // ICU's plural formatting (the status bar's park count) takes ~0.1 s to load: do it there, not on the FX
            // thread
            ClassPreloader.start(() -> new Messages(Locale.ENGLISH).get("status.dataset", "", 2));
        }
        // The UI font: the bundled one (Chinese on machines that have none) takes about 0.3 s to load, so it loads,
        // and the choice between it and the platform's font is made, while the toolkit starts.
        CompletableFuture<UiFont> uiFont = tasks.prefetch(
                () -> UiFont.choose(cl.bare() ? Optional.empty() : UiFont.loadBundled()));

        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.checkWritable(); // the status bar says so if they cannot be saved
        Locale startLanguage = WindowLanguage.startLanguage(cl.language(), settings);
        // read and prepared on the task runner's pool once the window is complete (started below), so that it does
        // not compete with the start-up for the processor; tiles wait for it on the tile threads, never the FX thread
        OfflineBasemap basemap = cl.bare() ? new OfflineBasemap()
                : OfflineBasemap.deferred(startLanguage, basemapFile(), tasks.workExecutor());
        TileSourceFactory tileSources = TileSetup.services(cl, settings, paths, basemap);
        TileSource initialTiles = openTiles(cl, settings, tileSources);
        if (initialTiles == null) {
            System.exit(2);
            return;
        }
        MapTiles tiles = new MapTiles(initialTiles);
        AppTileRetriever.install(tiles);

        try {
            Platform.startup(() -> {
                if (cl.measureStartup() && cl.bare()) {
                    StartupProbe.showBareMap(new Stage(), () -> {
                        long shown = ProcessAge.millis();
                        reportStartup(shown, shown);
                    });
                    return;
                }
                uiFont.join().applyToEveryWindow();
                Startup s;
                try {
                    s = startup.join();
                } catch (RuntimeException e) {
                    // never a stack trace and a process without a window: say it and end
                    System.err.println("zgc-parks-explorer: the dataset cannot be loaded: " + reason(e));
                    Platform.exit();
                    System.exit(1);
                    return;
                }
                if (s.prepared() == null) {
                    System.err.println("zgc-parks-explorer: the bundled dataset cannot be loaded:");
                    System.err.println(s.userFileProblems().getMessage());
                    Platform.exit();
                    System.exit(1);
                    return;
                }
                String filterError = CommandLineFilter.check(cl, s.prepared().dataset());
                if (filterError != null) {
                    System.err.println("zgc-parks-explorer: " + filterError);
                    Platform.exit();
                    System.exit(2);
                    return;
                }
                String selectError = CommandLineFilter.checkSelect(cl, s.prepared().dataset());
                if (selectError != null) {
                    System.err.println("zgc-parks-explorer: " + selectError);
                    Platform.exit();
                    System.exit(2);
                    return;
                }
                basemap.setParks(s.prepared().dataset().parks());
                ExplorerViewModel vm = new ExplorerViewModel(loader, tasks);
                vm.datasetProperty().addListener((obs, old, ds) -> basemap.setParks(ds.parks()));
                vm.setDataset(s.prepared(), s.name());
                Stage stage = new Stage();
                // The window is built in a language and rebuilt in another when the user switches (View › Language).
                // The offline basemap's labels follow it.
                WindowLanguage language = new WindowLanguage(stage, settings, (messages, panels) -> {
                    basemap.setLanguage(messages.locale());
                    return new MainWindow(stage, vm, messages, settings, tiles, tileSources, new FactSheetService(
                            tileSources, messages, Clock.systemDefaultZone(), AppInfo.version()), true, panels);
                });
                MainWindow ui = language.open(startLanguage, MainWindow.SidePanels.AFTER_FIRST_FRAME);
                SingleInstance instance = cl.measureStartup() ? null
                        : SingleInstance.listen(instanceFile, id -> selectFromLink(vm, stage, id));
                // the links macOS hands over as open-URL events, the one that started this process included
                links.deliverTo(id -> Platform.runLater(() -> {
                    if (vm.select(id)) {
                        stage.setIconified(false);
                        stage.toFront();
                    }
                }));
                stage.setOnHidden(e -> {
                    if (instance != null) {
                        instance.close();
                    }
                    tasks.shutdown();
                    tiles.source().shutdown();
                });
                if (cl.hasFilter()) {
                    vm.setFilter(CommandLineFilter.filter(cl));
                }
                cl.select().ifPresent(vm::select); // --select or a zgcparks:// link: over the remembered selection
                ui.onStartupFrames(() -> { }, basemap::start);
                // the district boundaries (overlay, Overview, dataset check) are the basemap's, once it has loaded
                ui.onStartupFrames(() -> { }, () -> tasks.run(new Messages(startLanguage).get("task.loadingBasemap"),
                        () -> basemap.renderer().map(BasemapRenderer::basemap).orElse(Basemap.EMPTY),
                        vm.districts()::setBasemap, err -> Logger.getLogger(Explorer.class.getName())
                                .warning("The district boundaries cannot be loaded: " + err)));
                if (cl.measureStartup()) {
                    long[] firstFrame = {0};
                    ui.onStartupFrames(() -> firstFrame[0] = ProcessAge.millis(),
                            () -> reportStartup(firstFrame[0], ProcessAge.millis()));
                }
                stage.show();
                if (s.userFileProblems() != null) {
                    ui.showDatasetProblems(s.userFile(), s.userFileProblems());
                }
            });
        } catch (RuntimeException | LinkageError e) {
            // no display (an SSH session without X forwarding, a server) or no GTK: say so, not a stack trace
            System.err.println("zgc-parks-explorer: cannot open a window: " + reason(e));
            System.err.println("The explorer needs a graphical display. Fact sheets can be written without one:"
                    + " java -jar zgc-parks-explorer.jar --export-pdf FILE --park ID (see --help).");
            System.exit(1);
        }
    }

    /**
     * The tile source for this run: the command line's, else the saved one. A command-line source that cannot be
     * opened is an error (null, after a message); a saved one that cannot is replaced by the offline basemap.
     */
    private static TileSource openTiles(CommandLine cl, SettingsStore settings, TileSourceFactory services) {
        CommandLine.TileOptions t = cl.tiles();
        TileSourceChoice spec = TileSetup.spec(cl, settings);
        try {
            return services.create(spec, t.offline());
        } catch (IOException e) {
            if (t.mbtiles().isPresent()) {
                System.err.println("zgc-parks-explorer: --mbtiles: " + e.getMessage());
                return null;
            }
            Logger.getLogger(Explorer.class.getName()).warning("The saved tile source cannot be used ("
                    + e.getMessage() + "); showing the offline basemap");
            return TileSourceFactory.offlineOnly(services.basemap());
        }
    }

    /**
     * A replacement for the bundled basemap data, named by {@code -Dzgc.basemap=FILE} (a file made by
     * tools/basemap/build_basemap.py, e.g. from a newer data pack); none by default.
     */
    static Optional<Path> basemapFile() {
        String file = System.getProperty("zgc.basemap", "");
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    private static Startup loadAtStartup(CommandLine cl, DatasetLoader loader) {
        DatasetException userProblems = null;
        String userFile = null;
        if (cl.dataset().isPresent()) {
            userFile = cl.dataset().get().toString();
            try {
                return new Startup(PreparedDataset.of(loader.load(cl.dataset().get())),
                        cl.dataset().get().getFileName().toString(), null, null);
            } catch (DatasetException e) {
                userProblems = e;
                System.err.println("zgc-parks-explorer: " + userFile + " cannot be opened; using the bundled dataset. "
                        + e.getMessage());
            }
        }
        try {
            return new Startup(PreparedDataset.of(loader.loadBundled()), DatasetLoader.BUNDLED_NAME, userProblems, userFile);
        } catch (DatasetException e) {
            return new Startup(null, null, e, DatasetLoader.BUNDLED_NAME);
        }
    }

    /** Selects a park offered by a second explorer (on the FX thread) and raises the window; false if there is none. */
    private static boolean selectFromLink(ExplorerViewModel vm, Stage stage, String parkId) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            boolean known = vm.select(parkId);
            if (known) {
                stage.setIconified(false);
                stage.toFront();
            }
            done.complete(known);
        });
        try {
            return done.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The first message along a throwable's causes (a failed static initialiser has none of its own). */
    private static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage();
            }
        }
        return t.getClass().getSimpleName();
    }

    /**
     * Prints the start-up figures and exits: the first frame with every park drawn, and the first frame with the
     * whole window (side panels included), in milliseconds since the process started.
     */
    private static void reportStartup(long firstFrame, long ready) {
        System.out.println("first-frame " + firstFrame);
        System.out.println("ready " + ready);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }
}
