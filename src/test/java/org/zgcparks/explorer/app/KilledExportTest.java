package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.factsheet.ExportFilesAccess;

/**
 * kill -9 during an export, for real: a child JVM writes a booklet of every park and is killed (SIGKILL) as soon as
 * its hidden .part file appears. What it leaves (the .part, its PDFBox scratch folder) is removed by the next
 * export and the next start.
 */
@EnabledOnOs(OS.LINUX)
class KilledExportTest {

    @Test
    void whatAKilledExportLeavesIsRemovedNextTime(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path target = out.resolve("booklet.pdf");
        Process child;
        Path part;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--config-dir", dir.resolve("cfg").toString(), "--offline",
                    "--export-pdf", target.toString(), "--all")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            part = null;
            while (part == null) {
                WatchKey key = watch.poll(60, TimeUnit.SECONDS);
                assertNotNull(key, "the export never created its .part file");
                for (WatchEvent<?> e : key.pollEvents()) {
                    String name = String.valueOf(e.context());
                    if (name.startsWith(".booklet.pdf") && name.endsWith(".part")) {
                        part = out.resolve(name);
                    }
                }
                key.reset();
            }
        }
        child.destroyForcibly(); // SIGKILL
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(part), "the killed export left its .part");
        assertFalse(Files.exists(target));
        Path scratch = tmp.resolve("zgc-parks-explorer-" + System.getProperty("user.name", "user")
                .replaceAll("[^A-Za-z0-9._-]", "_")).resolve("pdf-scratch");
        Path childScratch = scratch.resolve(Long.toString(child.pid()));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PdfExportCommand.run(CommandLine.parse("--config-dir", dir.resolve("cfg").toString(), "--offline",
                        "--export-pdf", target.toString(), "--park", "zgc-street"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        try (var files = Files.list(out)) {
            assertEquals(List.of(target), files.toList(), "the next export removed the stale .part");
        }
        assertTrue(Files.isDirectory(childScratch), "the scratch folder is made before the .part file");
        ExportFilesAccess.removeStaleScratch(scratch);
        assertFalse(Files.exists(childScratch), "the next start removes the killed process's scratch folder");
    }
}
