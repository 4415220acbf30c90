package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.ParkKind;

/** {@code --export FILE}: format from the extension, filter options, exit codes, and nothing partial on failure. */
class DataExportCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = DataExportCommand.run(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void geoJsonOfTheParksMatchingTheFilter() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        long aerospace = ds.parks().stream().filter(p -> p.industries().stream()
                .anyMatch(l -> l.industryId().equals("commercial-aerospace"))).count();
        Path file = dir.resolve("aero.geojson");
        Result r = run("--export", file.toString(), "--industry", "commercial-aerospace");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Wrote " + aerospace + " parks"), r.out());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(aerospace, root.get("features").size());
    }

    @Test
    void csvOfEveryParkWithoutFilter() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        Path file = dir.resolve("figures.CSV");
        Result r = run("--export", file.toString());
        assertEquals(0, r.code(), r.err());
        int figures = ds.parks().stream().mapToInt(p -> ds.metricsOf(p.id()).size()).sum();
        assertTrue(r.out().contains("Wrote " + figures + " figures of " + ds.parks().size() + " parks"), r.out());
        assertEquals(figures + 1, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    }

    @Test
    void theMessagesAreInTheLanguageOfLang() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        long subParks = ds.parks().stream().filter(p -> p.kind() == ParkKind.SUB_PARK).count();
        Path geojson = dir.resolve("sub-parks.geojson");
        Result zh = run("--export", geojson.toString(), "--kind", "sub-park", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertEquals("已将 " + subParks + " 个园区写入 " + geojson, zh.out().strip());
        Result ru = run("--export", geojson.toString(), "--kind", "sub-park", "--lang", "ru");
        assertEquals("Записано в " + geojson + ": " + subParks + " парков", ru.out().strip(), "17 takes the many form");
        Path csv = dir.resolve("bda.csv");
        Result figures = run("--export", csv.toString(), "--kind", "development-zone", "--lang", "ru");
        assertEquals(0, figures.code(), figures.err());
        assertTrue(figures.out().matches("Записано в .*: \\d+ показател(ь|я|ей) по 1 парку\\R"), figures.out());
        Result format = run("--export", dir.resolve("parks.xls").toString(), "--lang", "zh");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("无法从文件名判断“" + dir.resolve("parks.xls") + "”的格式"), format.err());
        Result none = run("--export", dir.resolve("none.csv").toString(), "--kind", "street", "--district", "miyun",
                "--lang", "ru");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("ни один парк не подходит под фильтр; ничего не записано"), none.err());
    }

    @Test
    void anUnknownExtensionIsABadArgumentAndWritesNothing() throws Exception {
        Result r = run("--export", dir.resolve("parks.xls").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parks.xls") && r.err().contains(".csv, .geojson"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(List.of(), files());
    }

    @Test
    void anUnknownIndustryIsABadArgument() throws Exception {
        Result r = run("--export", dir.resolve("x.csv").toString(), "--industry", "no-such-thing");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown industry \"no-such-thing\""), r.err());
        assertEquals(List.of(), files());
    }

    @Test
    void anUnwritableTargetIsNamedAndLeavesNothing() throws Exception {
        Path file = dir.resolve("missing").resolve("parks.geojson");
        Result r = run("--export", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot write") && r.err().contains("parks.geojson"), r.err());
        assertEquals(List.of(), files());
        Path folder = Files.createDirectory(dir.resolve("taken.csv"));
        Result r2 = run("--export", folder.toString());
        assertEquals(1, r2.code());
        assertTrue(r2.err().contains("it is a folder"), r2.err());
    }
}
