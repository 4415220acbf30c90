package org.zgcparks.explorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileKey;

/**
 * The offline basemap's memory and per-tile cost, as a probe (not a test; {@code ./mvnw -B -Pbench verify} runs
 * it after the JMH benchmarks):
 * <ul>
 *   <li>the live heap the loaded basemap keeps, with everything its renderer builds for drawing at every zoom 7-18
 *       (simplified geometry and indexes per level, labels placed per zoom, font caches): live heap after a full
 *       GC with it held, minus the same before it was loaded; and the cold time to load, prepare and first draw;</li>
 *   <li>per zoom 7-18, the CPU time and wall time of each of the 128 tiles of two 8 x 8 blocks (central Beijing and
 *       E-Town), drawn 8 times each after 3 warm-up rounds, as the tile service draws them (Chinese labels, park
 *       labels reserved): median, p99 and max. The thread's CPU time does not count the time the thread waits for
 *       a core, so it stays meaningful on a busy shared machine where the wall time does not.</li>
 * </ul>
 */
public final class BasemapProbe {

    private BasemapProbe() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = liveHeap(memory);
        long t0 = System.nanoTime();
        Basemap data = new BasemapLoader().loadBundled();
        long t1 = System.nanoTime();
        BasemapRenderer renderer = new BasemapRenderer(data, Locale.CHINESE);
        long t2 = System.nanoTime();
        OfflineBasemap basemap = new OfflineBasemap(CompletableFuture.completedFuture(renderer));
        basemap.setParks(new DatasetLoader().loadBundled().parks());
        for (int z = BasemapRenderer.MIN_ZOOM; z <= BasemapRenderer.MAX_ZOOM; z++) {
            basemap.render(new TileKey(z, (long) (WebMercator.lonToPixelX(116.39, z) / 256),
                    (long) (WebMercator.latToPixelY(39.92, z) / 256)));
        }
        long t3 = System.nanoTime();
        long after = liveHeap(memory);
        System.out.printf("basemap: cold load %.0f ms, prepare %.0f ms, first tile at each zoom 7-18 %.0f ms in all%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        System.out.printf("basemap: live heap held by the loaded basemap and its renderer: %.1f MB (target < 30 MB)%n",
                (after - before) / 1e6);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("basemap: 256-px tile, ms        CPU median   CPU p99   CPU max | wall median  wall p99");
        for (int z = BasemapRenderer.MIN_ZOOM; z <= BasemapRenderer.MAX_ZOOM; z++) {
            TileKey[] keys = keys(z);
            for (int r = 0; r < 3; r++) {
                for (TileKey k : keys) {
                    basemap.render(k); // warm-up rounds
                }
            }
            int rounds = 8;
            double[] cpu = new double[keys.length * rounds];
            double[] wall = new double[keys.length * rounds];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (TileKey k : keys) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    basemap.render(k);
                    wall[n] = (System.nanoTime() - w0) / 1e6;
                    cpu[n++] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("basemap: zoom %2d (%d tiles)         %8.2f  %8.2f  %8.2f | %8.2f  %8.2f%n", z, cpu.length,
                    pct(cpu, 0.5), pct(cpu, 0.99), cpu[cpu.length - 1], pct(wall, 0.5), pct(wall, 0.99));
        }
    }

    private static TileKey[] keys(int zoom) {
        TileKey[] out = new TileKey[128];
        int i = 0;
        for (double[] centre : new double[][] {{116.39, 39.92}, {116.506, 39.795}}) {
            long cx = (long) (WebMercator.lonToPixelX(centre[0], zoom) / 256);
            long cy = (long) (WebMercator.latToPixelY(centre[1], zoom) / 256);
            for (long x = cx - 4; x < cx + 4; x++) {
                for (long y = cy - 4; y < cy + 4; y++) {
                    out[i++] = new TileKey(zoom, x, y);
                }
            }
        }
        return out;
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
