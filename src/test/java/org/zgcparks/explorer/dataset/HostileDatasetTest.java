package org.zgcparks.explorer.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.io.IoReasons;
import org.zgcparks.explorer.model.Dataset;

/**
 * The hostile dataset corpus of the reliability suite, generated here: files that once hung the app (a ring whose
 * self-intersection check was quadratic, a FIFO), exhausted its memory (huge arrays, /dev/zero) or gave messages
 * without a place or a reason. Each must now be refused quickly with one clear message, or load if it is legal.
 * Time-outs here are hang guards, far above the expected times (figures are in the benchmark, not in tests).
 */
class HostileDatasetTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final DatasetLoader loader = new DatasetLoader();

    private List<Problem> problems(DatasetLoader l, String json) {
        return assertThrows(DatasetException.class, () -> l.parse("hostile.json", json.getBytes(UTF_8))).problems();
    }

    private Problem single(DatasetLoader l, String json) {
        List<Problem> list = problems(l, json);
        assertEquals(1, list.size(), () -> "expected one problem, got " + list);
        return list.get(0);
    }

    @Test
    void aRingAboveThePerRingCapIsRefusedQuicklyWithItsPlace() {
        int positions = DatasetLimits.DEFAULT.maxRingPositions() + 1;
        String json = HostileDatasets.withParts("[" + HostileDatasets.circle(positions) + "]");
        Problem p = assertTimeoutPreemptively(HANG_GUARD, () -> single(loader, json));
        assertEquals("/parks/0/outline/parts/0", p.pointer());
        assertTrue(p.line() > 0, p::format);
        assertTrue(p.message().contains("positions") && p.message().contains("100000"), p::format);
    }

    @Test
    void aLongSimpleRingLoads() throws Exception {
        String json = HostileDatasets.withParts("[" + HostileDatasets.circle(60_000) + "]");
        Dataset ds = assertTimeoutPreemptively(HANG_GUARD, () -> loader.parse("long.json", json.getBytes(UTF_8)));
        assertEquals(60_001, ds.parks().get(0).outline().orElseThrow().parts().get(0).points().size());
    }

    @Test
    void aCrossingInALongRingIsFoundWithItsEdge() {
        String json = HostileDatasets.withParts("[" + HostileDatasets.circle(60_000, 30_000) + "]");
        Problem p = assertTimeoutPreemptively(HANG_GUARD, () -> single(loader, json));
        assertEquals("/parks/0/outline/parts/0/29999", p.pointer());
        assertTrue(p.message().contains("from position 29999 to 30000"), p::format);
    }

    @Test
    void positionsAboveTheDatasetCapAreRefused() {
        DatasetLimits small = DatasetLimits.DEFAULT.withPositions(600, 1000);
        String ring = HostileDatasets.circle(500).toString();
        Problem p = single(new DatasetLoader(small), HostileDatasets.withParts("[" + ring + "," + ring + "]"));
        assertEquals("/parks/0/outline/parts/1", p.pointer());
        assertTrue(p.message().contains("1000"), p::format);
    }

    @Test
    void aHugeArrayOfNumbersIsRefusedWithItsPlace() {
        int n = DatasetLimits.DEFAULT.maxArrayLength() + 1;
        Problem p = assertTimeoutPreemptively(HANG_GUARD,
                () -> single(loader, HostileDatasets.withExtra(HostileDatasets.zeros(n))));
        assertTrue(p.line() > 0, p::format);
        assertEquals("/extra", p.pointer());
        assertTrue(p.message().contains("elements"), p::format);
    }

    @Test
    void tooManyValuesAreRefused() {
        DatasetLimits small = DatasetLimits.DEFAULT.withMaxValues(10_000);
        String many = "[" + String.join(",", Collections.nCopies(3_000, "[1,2,3]")) + "]";
        Problem p = single(new DatasetLoader(small), HostileDatasets.withExtra(many));
        assertTrue(p.line() > 0, p::format);
        assertTrue(p.message().contains("10000 values"), p::format);
    }

    @Test
    void deepNestingSaysWhere() {
        Problem p = single(loader, HostileDatasets.withExtra(HostileDatasets.nested(1_000)));
        assertTrue(p.line() > 0 && p.column() > 0, p::format);
        assertTrue(p.message().contains("nested"), p::format);
    }

    @Test
    void anOverlongStringSaysWhere() {
        String longString = "\"" + "x".repeat(DatasetLimits.DEFAULT.maxStringLength() + 10) + "\"";
        Problem p = single(loader, HostileDatasets.withExtra(longString));
        assertTrue(p.line() > 0 && p.column() > 0, p::format);
        assertTrue(p.message().contains("string"), p::format);
    }

    @Test
    void aFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        try {
            DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(DatasetException.class, () -> loader.load(fifo)));
            assertTrue(e.problems().get(0).message().contains("not a regular file"), e::getMessage);
        } finally {
            // should a reader be stuck in open(), a writer that opens and closes the pipe releases it; WRITE alone,
            // so that a writer running after the folder was cleaned up cannot create a file in it
            Thread writer = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                    out.flush();
                } catch (Exception ignored) {
                    // nothing was waiting
                }
            });
            writer.setDaemon(true);
            writer.start();
        }
    }

    @Test
    void aDeviceIsRefusedBeforeReading() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(DatasetException.class, () -> loader.load(zero)));
        assertTrue(e.problems().get(0).message().contains("not a regular file"), e::getMessage);
    }

    @Test
    void aFolderIsRefusedAsAFolder(@TempDir Path dir) {
        DatasetException e = assertThrows(DatasetException.class, () -> loader.load(dir));
        assertTrue(e.problems().get(0).message().contains("is a folder"), e::getMessage);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[2048]);
        DatasetException e = assertThrows(DatasetException.class,
                () -> new DatasetLoader(DatasetLimits.DEFAULT.withMaxBytes(1024)).load(big));
        assertTrue(e.problems().get(0).message().contains("more than the"), e::getMessage);
    }

    @Test
    void aReadErrorGivesTheReasonNotTheFileNameAgain() {
        // as root the permission bits are ignored, so the mapping of the exception is tested directly
        assertEquals("permission denied", IoReasons.reason(new AccessDeniedException("/home/u/parks.json")));
        assertEquals("no space left on device",
                IoReasons.reason(new FileSystemException("/x", null, "No space left on device")));
    }
}
