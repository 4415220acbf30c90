package org.zgcparks.explorer.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.factsheet.PageFormat;
import org.zgcparks.explorer.factsheet.Progress;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Fact-sheet speed and memory, a documented probe (not a test): the time of one park's sheet after warm-up
 * (median of 20), of a booklet of every bundled park (median of 3), and of a booklet of the 2,543-park synthetic
 * dataset while a sampler records the live heap at every tenth of it, to show that memory stays flat (pages are
 * streamed through a temporary file). Run with a small heap (-Xmx256m) so that growth would fail loudly.
 * Usage: {@code FactSheetProbe [syntheticParks]}.
 */
public final class FactSheetProbe {

    private FactSheetProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 2543;
        Path dir = Files.createTempDirectory("sheet-probe");
        Dataset ds = new DatasetLoader().loadBundled();
        FactSheetService sheets = service(ds, dir);
        TileSourceChoice osm = new TileSourceChoice.Osm();
        Park park = ds.park("bda").orElseThrow();
        for (int i = 0; i < 8; i++) {
            sheets.writePark(ds, park, PageFormat.A4, osm, dir.resolve("warm.pdf"));
        }
        List<Double> single = new ArrayList<>();
        List<Double> singleCpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            sheets.writePark(ds, ds.parks().get(i % ds.parks().size()), PageFormat.A4, osm, dir.resolve("one.pdf"));
            single.add((System.nanoTime() - t0) / 1e6);
            singleCpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        List<Double> booklet = new ArrayList<>();
        List<Double> bookletCpu = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime(), c0 = processCpu();
            sheets.writeBooklet(ds, ds.parks(), "", PageFormat.A4, osm, dir.resolve("all.pdf"), new Progress());
            booklet.add((System.nanoTime() - t0) / 1e6);
            bookletCpu.add((processCpu() - c0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "one fact sheet (warm): median %.0f ms, max %.0f ms; CPU time median %.0f ms%n",
                median(single), Collections.max(single), median(singleCpu));
        System.out.printf(Locale.ROOT, "booklet of the bundled parks: process CPU time median %.2f s%n", median(bookletCpu) / 1000);
        Progress counted = new Progress();
        sheets.writeBooklet(ds, ds.parks(), "", PageFormat.A4, osm, dir.resolve("all.pdf"), counted);
        System.out.printf(Locale.ROOT, "booklet of the %d bundled parks (%d pages): median %.2f s, %d KB, of which images %d KB%n",
                ds.parks().size(), counted.pages(), median(booklet) / 1000, Files.size(dir.resolve("all.pdf")) / 1024,
                imageBytes(dir.resolve("all.pdf")) / 1024);

        Dataset big = SyntheticDatasets.generate(synthetic, 42);
        FactSheetService bigSheets = service(big, dir);
        Progress progress = new Progress();
        AtomicLong[] heapAtTenth = new AtomicLong[11];
        for (int i = 0; i < heapAtTenth.length; i++) {
            heapAtTenth[i] = new AtomicLong(-1);
        }
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (progress.total() > 0) {
                    int tenth = progress.done() * 10 / progress.total();
                    if (heapAtTenth[tenth].get() < 0) {
                        System.gc(); // the live set, not garbage that a collection would free
                        heapAtTenth[tenth].set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    }
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime(), c0 = processCpu(), m0 = threads.getCurrentThreadCpuTime();
        bigSheets.writeBooklet(big, big.parks(), "", PageFormat.A4, osm, dir.resolve("big.pdf"), progress);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpu() - c0) / 1e9, writerCpu = (threads.getCurrentThreadCpuTime() - m0) / 1e9;
        sampler.interrupt();
        StringBuilder heap = new StringBuilder();
        for (int i = 1; i < 10; i++) {
            heap.append(String.format(Locale.ROOT, " %d%%:%dMB", i * 10, heapAtTenth[i].get() >> 20));
        }
        System.out.printf(Locale.ROOT, "booklet of %d synthetic parks (%d pages, %d MB): %.1f s; heap after GC at%s (max heap %d MB)%n",
                synthetic, progress.pages(), Files.size(dir.resolve("big.pdf")) >> 20, secs, heap,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  CPU time: process %.1f s = writer thread (layout, text, vector maps, PDF) %.1f s"
                + " + the rest (GC, JIT) %.1f s; images %d MB of the PDF%n",
                cpu, writerCpu, cpu - writerCpu, imageBytes(dir.resolve("big.pdf")) >> 20);
    }

    private static long processCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The bytes of the image streams in a PDF (cached map tiles, if any), to tell them from text and drawing. */
    private static long imageBytes(Path pdf) throws IOException {
        long total = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Set<COSBase> seen = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                var res = page.getResources();
                for (var name : res.getXObjectNames()) {
                    var x = res.getXObject(name);
                    if (x instanceof PDImageXObject img && seen.add(img.getCOSObject())) {
                        total += img.getCOSObject().getLength();
                    }
                }
            }
        }
        return total;
    }

    private static FactSheetService service(Dataset ds, Path dir) {
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        return new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "probe", basemap),
                new Messages(Locale.ENGLISH), Clock.systemUTC(), "probe");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
