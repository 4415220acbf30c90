package org.zgcparks.explorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.tiles.TileKey;

/**
 * The cost of one 256-pixel offline basemap tile, as the tile service asks for it (a new image, drawn and handed
 * over as ARGB pixels), sampled so that the median and p99 are reported. Each invocation draws the next of the 64
 * tiles (an 8 x 8 block) around central Beijing or around E-Town at the zoom, so busy and empty tiles alternate;
 * the bundled basemap, Chinese labels (the widest glyph set), the bundled parks' labels reserved. The labels of
 * each zoom are placed once, during warm-up, as in the app.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class BasemapTileBenchmark {

    @Param({"7", "9", "11", "12", "13", "15", "18"})
    public int zoom;

    private final List<TileKey> keys = new ArrayList<>();
    private OfflineBasemap basemap;
    private int next;

    @Setup
    public void setUp() throws Exception {
        BasemapRenderer renderer = new BasemapRenderer(new BasemapLoader().loadBundled(), Locale.CHINESE);
        basemap = new OfflineBasemap(CompletableFuture.completedFuture(renderer));
        basemap.setParks(new DatasetLoader().loadBundled().parks());
        for (double[] centre : new double[][] {{116.39, 39.92}, {116.506, 39.795}}) {
            long cx = (long) (WebMercator.lonToPixelX(centre[0], zoom) / 256);
            long cy = (long) (WebMercator.latToPixelY(centre[1], zoom) / 256);
            for (long x = cx - 4; x < cx + 4; x++) {
                for (long y = cy - 4; y < cy + 4; y++) {
                    keys.add(new TileKey(zoom, x, y));
                }
            }
        }
    }

    @Benchmark
    public RasterTile tile() {
        return basemap.render(keys.get(next++ % keys.size()));
    }
}
