package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log's fall-backs, on a logger of the test's own (not the JVM's root): a cache folder that cannot be written
 * sends the log to the temp folder, then to memory, with one line each; a write that fails later (a full disk)
 * gives one line instead of an ErrorManager stack trace per record. As root in CI, permission bits are ignored, so
 * the folders are made unusable by regular files standing where they should be.
 */
class LogSetupTest {

    @TempDir
    Path dir;
    final Logger logger = Logger.getAnonymousLogger();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    {
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void closeHandlers() {
        for (Handler h : logger.getHandlers()) {
            logger.removeHandler(h);
            h.close();
        }
    }

    String[] errLines() {
        String s = errBytes.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? new String[0] : s.split("\\R");
    }

    @Test
    void aWritableCacheFolderTakesTheLogSilently() {
        LogSetup.Target t = LogSetup.configure(dir.resolve("cache"), dir.resolve("tmp"), logger, err);
        assertEquals(dir.resolve("cache").resolve(LogSetup.FILE_NAME), t.file());
        assertNull(t.notice());
        assertEquals(0, errLines().length);
    }

    @Test
    void anUnusableCacheFolderMovesTheLogToTheTempFolderWithOneLine() throws Exception {
        Files.writeString(dir.resolve("cache"), "not a folder");
        LogSetup.Target t = LogSetup.configure(dir.resolve("cache"), dir.resolve("tmp"), logger, err);
        assertEquals(dir.resolve("tmp").resolve(LogSetup.FILE_NAME), t.file());
        logger.warning("a note");
        for (Handler h : logger.getHandlers()) {
            h.flush();
        }
        assertTrue(Files.readString(t.file()).contains("a note"));
        String[] lines = errLines();
        assertEquals(1, lines.length, () -> Arrays.toString(lines));
        assertTrue(lines[0].contains("cannot be written") && lines[0].contains("not a folder")
                || lines[0].contains("a file of that name is in the way"), lines[0]);
    }

    @Test
    void withNoWritableFolderTheLogIsKeptInMemory() throws Exception {
        Files.writeString(dir.resolve("cache"), "not a folder");
        Files.writeString(dir.resolve("tmp"), "not a folder either");
        LogSetup.Target t = LogSetup.configure(dir.resolve("cache"), dir.resolve("tmp"), logger, err);
        assertNull(t.file());
        assertTrue(t.notice().contains("kept in memory"), t.notice());
        logger.warning("remembered");
        LogSetup.InMemoryLog memory = (LogSetup.InMemoryLog) Arrays.stream(logger.getHandlers())
                .filter(h -> h instanceof LogSetup.InMemoryLog).findFirst().orElseThrow();
        assertTrue(memory.records().get(0).contains("remembered"));
        assertEquals(1, errLines().length);
    }

    @Test
    void aWriteFailureGivesOneLineNotAStackTracePerRecord() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StreamHandler failing = new StreamHandler(full, new SimpleFormatter());
        failing.setLevel(Level.ALL);
        failing.setErrorManager(new LogSetup.ToMemoryOnError(logger, failing, dir.resolve("x.log"), err));
        logger.addHandler(failing);
        for (int i = 0; i < 5; i++) {
            logger.warning("record " + i);
            failing.flush();
        }
        String[] lines = errLines();
        assertEquals(1, lines.length, () -> Arrays.toString(lines));
        assertTrue(lines[0].contains("no space left on device"), lines[0]);
        assertFalse(Arrays.asList(logger.getHandlers()).contains(failing), "the failing handler is removed");
    }
}
