package org.zgcparks.explorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.MainWindow;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * Probe for the whole UI update on a filter change: the work on the FX thread from the change (matching, list and
 * map-layer updates, bindings) to the end of the pulse that follows (its CSS pass, layout, bounds update and the
 * copy of the changed scene to the render thread) — what must fit in one 16 ms frame. The pulse is timed from an
 * animation timer (which runs first in a pulse) to a task queued from its post-layout listener (which runs once the
 * pulse is over). Changes are spaced so that each pulse starts with the previous frame rendered: the time the FX
 * thread would spend waiting for the (here software) renderer is rendering, which is not counted. The FX thread's
 * CPU time is printed too: on a shared machine it is steadier than wall time. Runs the real main window headlessly
 * (Monocle, software pipeline) on a synthetic dataset. Usage: {@code UiUpdateProbe [parks] [changes]}; prints the
 * median and p99 in milliseconds.
 */
public final class UiUpdateProbe {

    /** Pause between changes: long enough for the software renderer to finish the previous frame. */
    private static final double GAP_MS = 200;
    /** Changes made before measuring, so that the JIT has compiled the paths a filter change takes. */
    private static final int WARM_UP = 100;

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
                MapTiles tiles = new MapTiles(TileSourceFactory.offlineOnly(basemap));
                AppTileRetriever.install(tiles);
                TileSourceFactory services = new TileSourceFactory(dir.resolve("tiles"), 50L << 20, "probe", basemap);
                ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
                vm.setDataset(ds, "synthetic");
                SettingsStore settings = new SettingsStore(dir.resolve("s.properties"));
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, vm, new Messages(Locale.ENGLISH), settings, tiles, services, new FactSheetService(services, new Messages(Locale.ENGLISH), Clock.systemUTC(), "test"), false);
                stage.show();
                javafx.scene.Scene scene = window.scene();
                String[] industries = {"ai", "integrated-circuits", "biomedicine", "commercial-aerospace", "new-energy"};
                List<Double> times = new ArrayList<>();
                List<Double> clears = new ArrayList<>();
                double[] phase = new double[2];
                long[] t = new long[3]; // change start, change end, start of the pulse that follows
                long[] cpu = new long[3]; // the FX thread's CPU time at the same moments
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                List<Double> cpuTimes = new ArrayList<>();
                int[] i = {0};
                boolean[] awaiting = {false};
                Runnable[] change = new Runnable[1];
                // Animation timers run at the start of a pulse, before its CSS pass
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (awaiting[0] && t[2] == 0) {
                            t[2] = System.nanoTime();
                            cpu[2] = mx.getCurrentThreadCpuTime();
                        }
                    }
                }.start();
                change[0] = () -> {
                    t[0] = System.nanoTime();
                    cpu[0] = mx.getCurrentThreadCpuTime();
                    if (i[0] % 6 == 5) {
                        vm.clearFilters();
                    } else {
                        vm.filterByIndustry(industries[i[0] % industries.length]);
                    }
                    t[1] = System.nanoTime();
                    cpu[1] = mx.getCurrentThreadCpuTime();
                    t[2] = 0;
                    awaiting[0] = true;
                    Platform.requestNextPulse(); // make sure a pulse follows even if nothing in the scene asks for one
                };
                scene.addPostLayoutPulseListener(() -> {
                    if (!awaiting[0] || t[2] == 0) {
                        return;
                    }
                    awaiting[0] = false;
                    // runs once this pulse is over: after its bounds update and the copy of the scene to the renderer
                    Platform.runLater(() -> {
                        long end = System.nanoTime();
                        long cpuEnd = mx.getCurrentThreadCpuTime();
                        if (i[0] >= WARM_UP) {
                            double changeMs = (t[1] - t[0]) / 1e6, pulseMs = (end - t[2]) / 1e6;
                            times.add(changeMs + pulseMs);
                            cpuTimes.add((cpu[1] - cpu[0] + cpuEnd - cpu[2]) / 1e6);
                            if (i[0] % 6 == 5) {
                                clears.add(changeMs + pulseMs);
                            }
                            phase[0] += changeMs;
                            phase[1] += pulseMs;
                        }
                        if (++i[0] < changes + WARM_UP) {
                            // let the renderer finish this frame first, so the next pulse does not wait for it
                            PauseTransition gap = new PauseTransition(Duration.millis(GAP_MS));
                            gap.setOnFinished(e -> change[0].run());
                            gap.play();
                        } else {
                            System.out.printf(Locale.ROOT, "mean per change: filter and bindings %.2f ms, pulse (CSS, layout, bounds, copy to renderer) %.2f ms%n",
                                    phase[0] / changes, phase[1] / changes);
                            Collections.sort(clears);
                            System.out.printf(Locale.ROOT, "of which Clear filters (every sixth change): median %.2f ms, max %.2f ms%n",
                                    clears.get(clears.size() / 2), clears.get(clears.size() - 1));
                            Collections.sort(cpuTimes);
                            System.out.printf(Locale.ROOT, "FX thread CPU time per change: median %.2f ms, p99 %.2f ms%n",
                                    cpuTimes.get(cpuTimes.size() / 2), cpuTimes.get(p99Index(cpuTimes.size())));
                            result.complete(times);
                        }
                    });
                });
                Platform.runLater(change[0]);
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        List<Double> times = new ArrayList<>(result.get());
        Collections.sort(times);
        double median = times.get(times.size() / 2);
        double p99 = times.get(p99Index(times.size()));
        System.out.printf(Locale.ROOT, "UI update on filter change, %d parks, %d changes: median %.2f ms, p99 %.2f ms%n",
                parks, times.size(), median, p99);
        Platform.exit();
        System.exit(0);
    }

    private static int p99Index(int size) {
        return (int) Math.min(size - 1, Math.ceil(size * 0.99) - 1);
    }
}
