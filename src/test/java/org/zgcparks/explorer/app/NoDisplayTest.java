package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the explorer where no window can be opened (no display) ends with a clear message and status 1, not a
 * stack trace. Runs the real launcher in a child JVM with the desktop toolkit (GTK) and no DISPLAY.
 */
@EnabledOnOs(OS.LINUX)
class NoDisplayTest {

    @Test
    void withoutADisplayTheAppSaysSoAndExits(@TempDir Path dir) throws Exception {
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--offline", "--config-dir", dir.resolve("cfg").toString()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(err.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the app must not hang without a display");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), stderr);
        assertTrue(stderr.contains("zgc-parks-explorer: cannot open a window"), stderr);
        assertTrue(stderr.contains("--export-pdf"), stderr);
        assertFalse(stderr.contains("Exception in thread"), "no uncaught exception: " + stderr);
    }
}
