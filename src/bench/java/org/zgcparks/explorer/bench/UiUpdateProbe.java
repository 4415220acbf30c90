package org.zgcparks.explorer.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileServices;
import org.zgcparks.explorer.view.map.MapTiles;
import java.nio.file.Path;
import org.zgcparks.explorer.view.MainWindow;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.viewmodel.SynchronousTaskRunner;

/**
 * Probe for the whole UI update on a filter change: on the FX thread, the time to apply the filter (matching, list
 * and map-layer updates) plus the CSS and layout pass of the pulse that follows (measured with the scene's
 * pre- and post-layout pulse listeners, so only what a real frame restyles is counted) — what must fit in one
 * 16 ms frame. Rendering is not included. Runs the real main window headlessly (Monocle, software pipeline) on a synthetic
 * dataset. Usage: {@code UiUpdateProbe [parks] [changes]}; prints the median and p99 in milliseconds.
 */
public final class UiUpdateProbe {

    public static void main(String[] args) throws Exception {
        int parks = args.length > 0 ? Integer.parseInt(args[0]) : 2543;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Dataset ds = parks == 33 ? new DatasetLoader().loadBundled() : SyntheticDatasets.generate(parks, 42);
        CompletableFuture<List<Double>> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                OfflineBasemap basemap = new OfflineBasemap();
                Path dir = Files.createTempDirectory("probe");
                MapTiles tiles = new MapTiles(TileServices.offlineOnly(basemap));
                AppTileRetriever.install(tiles);
                TileServices services = new TileServices(dir.resolve("tiles"), 50L << 20, "probe", basemap);
                ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), new SynchronousTaskRunner());
                vm.setDataset(ds, "synthetic");
                SettingsStore settings = new SettingsStore(dir.resolve("s.properties"));
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, vm, new Messages(Locale.ENGLISH), settings, tiles, services, new org.zgcparks.explorer.factsheet.FactSheetService(services, new Messages(Locale.ENGLISH), java.time.Clock.systemUTC(), "test"), false);
                stage.show();
                javafx.scene.Scene scene = window.scene();
                String[] industries = {"ai", "integrated-circuits", "biomedicine", "commercial-aerospace", "new-energy"};
                List<Double> times = new ArrayList<>();
                List<Double> clears = new ArrayList<>();
                double[] phase = new double[2];
                long[] t = new long[3]; // change start, change end, pulse's pre-layout
                int[] i = {0};
                Runnable change = () -> {
                    t[0] = System.nanoTime();
                    if (i[0] % 6 == 5) {
                        vm.clearFilters();
                    } else {
                        vm.filterByIndustry(industries[i[0] % industries.length]);
                    }
                    t[1] = System.nanoTime();
                    scene.getRoot().requestLayout(); // make sure a pulse follows even if nothing else asks
                };
                scene.addPreLayoutPulseListener(() -> t[2] = System.nanoTime());
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        if (t[1] == 0) {
                            return;
                        }
                        long end = System.nanoTime();
                        if (i[0] >= 50) {
                            double changeMs = (t[1] - t[0]) / 1e6, pulseMs = (end - t[2]) / 1e6;
                            times.add(changeMs + pulseMs);
                            if (i[0] % 6 == 5) {
                                clears.add(changeMs + pulseMs);
                            }
                            phase[0] += changeMs;
                            phase[1] += pulseMs;
                        }
                        t[1] = 0;
                        if (++i[0] < changes + 50) {
                            Platform.runLater(change);
                        } else {
                            scene.removePostLayoutPulseListener(this);
                            System.out.printf(Locale.ROOT, "mean per change: filter and bindings %.2f ms, CSS and layout pass %.2f ms%n",
                                    phase[0] / changes, phase[1] / changes);
                            Collections.sort(clears);
                            System.out.printf(Locale.ROOT, "of which Clear filters (every sixth change): median %.2f ms, max %.2f ms%n",
                                    clears.get(clears.size() / 2), clears.get(clears.size() - 1));
                            result.complete(times);
                        }
                    }
                });
                Platform.runLater(change);
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        List<Double> times = new ArrayList<>(result.get());
        Collections.sort(times);
        double median = times.get(times.size() / 2);
        double p99 = times.get((int) Math.min(times.size() - 1, Math.ceil(times.size() * 0.99) - 1));
        System.out.printf(Locale.ROOT, "UI update on filter change, %d parks, %d changes: median %.2f ms, p99 %.2f ms%n",
                parks, times.size(), median, p99);
        Platform.exit();
        System.exit(0);
    }
}
