package org.zgcparks.explorer.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.dataset.ValidationTestData;

/**
 * Dataset loading speed and memory, a documented probe (not a test): loads generated files from disk and prints,
 * for each, the time to load (or refuse) it and the peak heap it took. The cases are those of the reliability run:
 * one ring of 10000 and of 40000 positions, a valid dataset of about 50 MB (ten rings of 100000 positions and long
 * descriptions), and two hostile ones refused by the limits (48 MB of 24 million numbers; 4.5 million small arrays).
 * Run with a bounded heap (the bench profile uses -Xmx256m) so that a regression fails loudly.
 * Usage: {@code DatasetLoadProbe [folder]}.
 */
public final class DatasetLoadProbe {

    private static final String ONE_PARK_START = "\"parks\": [{";
    private static final String ONE_RING =
            "[[[116.30, 39.97], [116.32, 39.97], [116.32, 39.99], [116.30, 39.99], [116.30, 39.97]]]";

    private DatasetLoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dataset-probe");
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "Java heap limit %.0f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        // warm-up: the JIT compiles the reader and the checks once
        probe("warm-up (1 ring of 10000 positions)", write(dir.resolve("warm.json"), 1, 10_000, 0), false);
        probe("1 ring of 10000 positions", write(dir.resolve("ring-10k.json"), 1, 10_000, 0), true);
        probe("1 ring of 40000 positions", write(dir.resolve("ring-40k.json"), 1, 40_000, 0), true);
        probe("valid, 10 rings of 100000 positions + 10 descriptions of 900000 characters",
                write(dir.resolve("valid-50mb.json"), 10, 100_000, 900_000), true);
        probe("hostile: 24 million numbers in one array (refused)", numbers(dir.resolve("numbers.json"), 24_000_000), true);
        probe("hostile: 4.5 million arrays [0] (refused)", smallArrays(dir.resolve("arrays.json"), 4_500_000), true);
        for (String f : new String[] {"warm.json", "ring-10k.json", "ring-40k.json", "valid-50mb.json", "numbers.json",
                "arrays.json"}) {
            Files.deleteIfExists(dir.resolve(f));
        }
    }

    private static void probe(String name, Path file, boolean print) throws IOException {
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        String outcome;
        try {
            var ds = new DatasetLoader().load(file);
            outcome = "loaded, " + ds.parks().size() + " parks";
        } catch (DatasetException e) {
            outcome = "refused: " + e.problems().get(0).format();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = heapPeak() - before;
        if (print) {
            System.out.printf(Locale.ROOT, "%-78s %5.1f MB  %6d ms  peak heap +%4.0f MB  %s%n", name,
                    Files.size(file) / 1048576.0, ms, peak / 1048576.0, outcome);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap's peak. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The validation tests' dataset with {@code parks} parks, each a ring of {@code positions} and a long description. */
    private static Path write(Path file, int parks, int positions, int descriptionChars) throws IOException {
        String valid = ValidationTestData.VALID;
        int start = valid.indexOf(ONE_PARK_START) + ONE_PARK_START.length() - 1;
        int end = valid.indexOf("}],", start) + 1;
        String park = valid.substring(start, end);
        try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
            w.write(valid, 0, start);
            for (int k = 0; k < parks; k++) {
                String p = park.replace("\"id\": \"p1\"", "\"id\": \"p" + (k + 1) + "\"");
                if (descriptionChars > 0) {
                    p = p.replace("\"A park.\"", "\"" + "A park. ".repeat(descriptionChars / 8) + "\"");
                }
                int ring = p.indexOf(ONE_RING);
                w.write(k == 0 ? "" : ",");
                w.write(p, 0, ring);
                w.write("[[");
                double cx = 116.20 + 0.02 * k;
                int distinct = positions - 1;
                for (int i = 0; i < positions; i++) {
                    double a = 2 * Math.PI * (i % distinct) / distinct;
                    w.write(String.format(Locale.ROOT, "%s[%.12f,%.12f]", i == 0 ? "" : ",",
                            cx + 0.008 * Math.cos(a), 39.98 + 0.008 * Math.sin(a)));
                }
                w.write("]]");
                w.write(p, ring + ONE_RING.length(), p.length() - ring - ONE_RING.length());
            }
            w.write(valid, end, valid.length() - end);
        }
        return file;
    }

    private static Path numbers(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
            w.write("{\"format\": \"zgc-parks-dataset/1\", \"numbers\": [0");
            for (int i = 1; i < n; i++) {
                w.write(",0");
            }
            w.write("]}");
        }
        return file;
    }

    private static Path smallArrays(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
            w.write("{\"format\": \"zgc-parks-dataset/1\", \"a\": [");
            for (int i = 0; i < n; i++) {
                w.write(i % 100_000 == 0 ? "[0]" : ",[0]");
                if (i % 100_000 == 99_999) {
                    w.write("],\n\"a" + i + "\": [");
                }
            }
            w.write("]}");
        }
        return file;
    }
}
