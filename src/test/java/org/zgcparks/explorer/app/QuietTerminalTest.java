package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No stack trace reaches the terminal: the real launcher runs headless ({@code --export-pdf}) in a child JVM with a
 * corrupt settings file, and with a cache folder that cannot be created. Each gives at most one clear line on
 * stderr. (Tests run as root in CI, where permission bits are ignored, so the cache folder is made unusable by a
 * regular file standing where the folder should be.)
 */
class QuietTerminalTest {

    record Run(int code, List<String> stderr) {
        String text() {
            return String.join("\n", stderr);
        }
    }

    private static Run launch(Path dir, String... args) throws Exception {
        Path err = dir.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                // the JSON-schema validator of the tests brings SLF4J, which the app does not have
                "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(err.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the export must end");
        return new Run(p.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static void assertNoTrace(Run r) {
        assertFalse(r.text().contains("\tat ") || r.text().contains("Exception") || r.text().contains("ErrorManager"),
                "no stack trace: " + r.text());
    }

    @Test
    void aCorruptSettingsFileDuringExportGivesOneLine(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("cfg");
        Files.createDirectories(cfg.resolve("config"));
        Files.writeString(cfg.resolve("config/settings.properties"), "window.width=\\u12zz\n");
        Run r = launch(dir, "--config-dir", cfg.toString(), "--offline", "--export-pdf", dir.resolve("a.pdf").toString(),
                "--park", "zgc-street");
        assertEquals(0, r.code(), r.text());
        assertNoTrace(r);
        assertEquals(1, r.stderr().size(), r.text());
        assertTrue(r.text().contains("settings") && r.text().contains("defaults"), r.text());
        assertTrue(Files.exists(cfg.resolve("cache").resolve(LogSetup.FILE_NAME)), "the export writes the log file");
    }

    @Test
    void anUnusableCacheFolderGivesOneLineAndTheLogMovesToTheTempFolder(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("cfg");
        Files.createDirectories(cfg);
        Files.writeString(cfg.resolve("cache"), "a file where the cache folder should be");
        Run r = launch(dir, "--config-dir", cfg.toString(), "--offline", "--export-pdf", dir.resolve("b.pdf").toString(),
                "--park", "zgc-street");
        assertEquals(0, r.code(), r.text());
        assertNoTrace(r);
        assertEquals(1, r.stderr().size(), r.text());
        assertTrue(r.text().contains("log"), r.text());
        try (var files = Files.walk(dir.resolve("tmp"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals(LogSetup.FILE_NAME)),
                    "the log falls back to the temp folder");
        }
    }
}
