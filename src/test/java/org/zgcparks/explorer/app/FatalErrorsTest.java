package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An exception nobody caught reaches the terminal as one line, never as a stack trace. */
class FatalErrorsTest {

    @Test
    void anUncaughtExceptionIsOneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FatalErrors handler = new FatalErrors(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Thread t = new Thread(() -> {
            throw new IllegalStateException("the map lost its tiles");
        });
        t.setUncaughtExceptionHandler(handler);
        t.start();
        t.join(10_000);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("unexpected error: the map lost its tiles"), text);
    }

    @Test
    void runningOutOfMemorySaysSoInOneLine() {
        String line = FatalErrors.describe(new OutOfMemoryError("Java heap space"));
        assertTrue(line.startsWith("zgc-parks-explorer: out of memory") && line.contains("-Xmx"), line);
    }
}
