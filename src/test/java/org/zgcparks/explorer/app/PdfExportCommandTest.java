package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;

/** {@code --export-pdf} from the command line: results, exit codes and messages, and a run with no display at all. */
class PdfExportCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--config-dir", dir.resolve("cfg").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = PdfExportCommand.run(CommandLine.parse(all.toArray(String[]::new)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onePark() throws Exception {
        Path pdf = dir.resolve("zgc-street.pdf");
        Result r = run("--export-pdf", pdf.toString(), "--park", "zgc-street", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("已将中关村大街的简介写入 " + pdf), "the message in the language of --lang: " + r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("中关村大街") && text.contains("资料来源"), "Chinese labels with --lang zh");
            assertTrue(text.contains("第 1 页，共 " + doc.getNumberOfPages() + " 页"), "page numbers in Chinese");
        }
    }

    @Test
    void aBookletOfTheParksMatchingTheFilter() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        long aerospace = ds.parks().stream().filter(p -> p.industries().stream()
                .anyMatch(l -> l.industryId().equals("commercial-aerospace"))).count();
        Path pdf = dir.resolve("aero.pdf");
        Result r = run("--export-pdf", pdf.toString(), "--all", "--industry", "commercial-aerospace", "--paper", "letter");
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= aerospace + 2, "cover, contents and a sheet (or more) per park");
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertTrue(cover.getText(doc).contains("Filter: Commercial aerospace"));
        }
    }

    @Test
    void chartsAddChartPagesAfterTheContents() throws Exception {
        Path pdf = dir.resolve("aero-charts.pdf");
        Result r = run("--export-pdf", pdf.toString(), "--all", "--industry", "commercial-aerospace", "--charts");
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper third = new PDFTextStripper();
            third.setStartPage(3);
            third.setEndPage(3);
            String page = third.getText(doc);
            assertTrue(page.startsWith("Charts") && page.contains("Industries by number of parks"), page);
        }
        CommandLine.UsageException alone = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(new String[] {"--charts"}));
        assertEquals("--charts goes with --export-pdf FILE", alone.getMessage());
    }

    @Test
    void badArgumentsSayWhatIsWrongAndWriteNothing() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        Result unknown = run("--export-pdf", pdf.toString(), "--park", "atlantis");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown park \"atlantis\" for --park; give an id, name or alias, e.g. ")
                && unknown.err().contains("haidian-park"), unknown.err());
        Result industry = run("--export-pdf", pdf.toString(), "--all", "--industry", "time-travel");
        assertEquals(2, industry.code());
        assertTrue(industry.err().contains("unknown industry \"time-travel\""));
        Result nothing = run("--export-pdf", pdf.toString(), "--all", "--kind", "street", "--district", "miyun");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("no park matches"));
        Result unwritable = run("--export-pdf", dir.resolve("missing/folder/x.pdf").toString(), "--park", "bda");
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().contains("does not exist"));
        assertFalse(Files.exists(pdf));
    }

    @Test
    void parksAreFoundByAnyUniqueNameOrAliasWhateverTheCaseAndAccents() throws Exception {
        for (String name : List.of("etown", "E-Town", "e town", "BDA", "北京经济技术开发区", "Beijing Economic-Technological Development Area")) {
            Path pdf = dir.resolve("by-name.pdf");
            Result r = run("--export-pdf", pdf.toString(), "--park", name);
            assertEquals(0, r.code(), name + ": " + r.err());
            assertTrue(r.out().contains("Wrote the fact sheet of Beijing Economic-Technological Development Area"), r.out());
        }
        Result haidian = run("--export-pdf", dir.resolve("h.pdf").toString(), "--park", "HAIDIAN YUÁN");
        assertEquals(0, haidian.code(), haidian.err());
        assertTrue(haidian.out().contains("Haidian Park"), "an alias, accents ignored");
        Result street = run("--export-pdf", dir.resolve("s.pdf").toString(), "--park", "ROCKET street");
        assertEquals(0, street.code(), street.err());
        assertTrue(street.out().contains("Beijing Rocket Street and Aerospace District"));
    }

    @Test
    void anAmbiguousOrUnknownNameListsTheClosestParks() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        Result both = run("--export-pdf", pdf.toString(), "--park", "yizhuang");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("\"yizhuang\" for --park names several parks: ") && both.err().contains("bda (")
                && both.err().contains("yizhuang-park ("), both.err());
        Result typo = run("--export-pdf", pdf.toString(), "--park", "etwn");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown park \"etwn\" for --park; did you mean bda ("), typo.err());
        Result typo2 = run("--export-pdf", pdf.toString(), "--park", "haidan-park");
        assertTrue(typo2.err().contains("did you mean haidian-park (Haidian Park)"), typo2.err());
        Result booklet = run("--export-pdf", pdf.toString(), "--park", "bda", "--park", "haidian park");
        assertEquals(0, booklet.code(), booklet.err());
        assertTrue(booklet.out().contains("Wrote a booklet of 2 parks ("), booklet.out());
        assertFalse(Files.exists(dir.resolve("nothing.pdf")));
    }

    @Test
    void theMessagesAreInTheLanguageOfLang() throws Exception {
        Path pdf = dir.resolve("ru.pdf");
        Result booklet = run("--export-pdf", pdf.toString(), "--park", "bda", "--park", "haidian-park", "--lang", "ru");
        assertEquals(0, booklet.code(), booklet.err());
        assertTrue(booklet.out().startsWith("Сборник (2 парка, ") && booklet.out().contains(" записан в " + pdf), booklet.out());
        Result typo = run("--export-pdf", pdf.toString(), "--park", "haidan-park", "--lang", "zh");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("未知的园区“haidan-park”（--park）；你是不是要找 haidian-park (海淀园)？"), typo.err());
        Result nothing = run("--export-pdf", pdf.toString(), "--all", "--kind", "street", "--district", "miyun", "--lang", "zh");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("没有园区符合筛选条件；未写入任何文件"), nothing.err());
    }

    /** The real launcher in a fresh JVM with no DISPLAY: no window, no toolkit, the exit codes a script sees. */
    @Test
    void runsHeadlessInItsOwnProcessWithTheDocumentedExitCodes() throws Exception {
        Path pdf = dir.resolve("headless.pdf");
        Result ok = launch("--export-pdf", pdf.toString(), "--park", "bda");
        assertEquals(0, ok.code(), ok.out());
        assertTrue(Files.size(pdf) > 10_000);
        Result bad = launch("--export-pdf", pdf.toString(), "--park", "nowhere");
        assertEquals(2, bad.code());
        assertTrue(bad.out().contains("unknown park \"nowhere\""));
        Result usage = launch("--export-pdf", pdf.toString());
        assertEquals(2, usage.code());
        assertTrue(usage.out().contains("--export-pdf needs --park ID (one park) or --all (a booklet)"));
    }

    Result launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--config-dir", dir.resolve("cfg").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the export ends by itself");
        return new Result(p.exitValue(), output, "");
    }
}
