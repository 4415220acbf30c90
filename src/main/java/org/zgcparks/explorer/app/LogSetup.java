package org.zgcparks.explorer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.zgcparks.explorer.io.IoReasons;

/**
 * Where the app's log goes: warnings and notes (a tile server that cannot be reached, a corrupt cache file) into a
 * rotating log file in the user's cache folder, so that a normal start, online or offline, prints nothing to the
 * terminal; only severe errors also reach stderr, as one line each, never a stack trace. The status bar and dialogs
 * tell the user what matters.
 * <p>
 * If the cache folder cannot be written (read-only, full, not a folder) the log goes to a folder of the system's
 * temp folder, else to memory (the last {@value InMemoryLog#CAPACITY} records); either way the user gets one line
 * saying so. If writing fails later (a disk that fills up) the log moves to memory with one line, instead of
 * {@code java.util.logging.ErrorManager} printing a stack trace for every record.
 */
final class LogSetup {

    /** The newest log; the one before it is {@code zgc-parks-explorer-1.log}. */
    static final String FILE_NAME = "zgc-parks-explorer-0.log";
    private static final String PATTERN = "zgc-parks-explorer-%g.log";
    private static final String PREFIX = "zgc-parks-explorer: ";

    private LogSetup() {
    }

    /** Where the log went: a file, or memory (file null), with the line said to the user if it is not the cache folder. */
    record Target(Path file, String notice) {
    }

    /** Configures the root logger; returns the log file, or null if the log is kept in memory. */
    static Path configure(Path cacheDir) {
        return configure(cacheDir, fallbackDir(), Logger.getLogger(""), System.err).file();
    }

    /** The temp folder's own folder for this user's log. */
    static Path fallbackDir() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "zgc-parks-explorer-" + user);
    }

    static Target configure(Path cacheDir, Path fallbackDir, Logger root, PrintStream err) {
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.SEVERE);
                h.setFormatter(new OneLine());
            }
        }
        String why;
        try {
            return new Target(open(cacheDir, root, err), null);
        } catch (IOException | RuntimeException e) {
            why = describe(e);
        }
        Target target;
        try {
            Path file = open(fallbackDir, root, err);
            target = new Target(file, "the log cannot be written in " + cacheDir + " (" + why + "); it is written to "
                    + file + " instead");
        } catch (IOException | RuntimeException e) {
            root.addHandler(new InMemoryLog());
            target = new Target(null, "the log cannot be written in " + cacheDir + " (" + why + ") nor in "
                    + fallbackDir + " (" + describe(e) + "); it is kept in memory");
        }
        err.println(PREFIX + target.notice());
        return target;
    }

    private static Path open(Path dir, Logger root, PrintStream err) throws IOException {
        Files.createDirectories(dir);
        FileHandler handler = new FileHandler(dir.resolve(PATTERN).toString(), 1_000_000, 2, true);
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.INFO);
        handler.setEncoding("UTF-8");
        handler.setErrorManager(new ToMemoryOnError(root, handler, dir.resolve(FILE_NAME), err));
        root.addHandler(handler);
        return dir.resolve(FILE_NAME);
    }

    private static String describe(Exception e) {
        return e instanceof IOException io ? IoReasons.reason(io) : IoReasons.reason((RuntimeException) e);
    }

    /**
     * Replaces {@code java.util.logging}'s default error manager (a stack trace on stderr for every failure): the
     * first failure says one line and moves the log to memory.
     */
    static final class ToMemoryOnError extends ErrorManager {
        private final Logger root;
        private final Handler failing;
        private final Path file;
        private final PrintStream err;
        private boolean reported;

        ToMemoryOnError(Logger root, Handler failing, Path file, PrintStream err) {
            this.root = root;
            this.failing = failing;
            this.file = file;
            this.err = err;
        }

        @Override
        public synchronized void error(String msg, Exception ex, int code) {
            if (reported) {
                return;
            }
            reported = true;
            String why = ex instanceof IOException io ? IoReasons.reason(io)
                    : ex != null && ex.getMessage() != null ? ex.getMessage() : msg == null ? "error " + code : msg;
            err.println(PREFIX + "the log file " + file + " cannot be written (" + why + "); it is kept in memory");
            root.removeHandler(failing);
            root.addHandler(new InMemoryLog());
        }
    }

    /** The last records, in memory, for when no log file can be written. */
    static final class InMemoryLog extends Handler {
        static final int CAPACITY = 1000;
        private final Deque<String> records = new ArrayDeque<>();

        InMemoryLog() {
            setLevel(Level.INFO);
            setFormatter(new SimpleFormatter());
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (!isLoggable(r)) {
                return;
            }
            if (records.size() == CAPACITY) {
                records.removeFirst();
            }
            records.addLast(getFormatter().format(r));
        }

        synchronized List<String> records() {
            return List.copyOf(records);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** One line per record for the terminal: the message and the reason, never a stack trace. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            String m = formatMessage(r);
            Throwable t = r.getThrown();
            if (t != null && t.getMessage() != null && !m.contains(t.getMessage())) {
                m = m + ": " + t.getMessage();
            } else if (t != null && t.getMessage() == null) {
                m = m + " (" + t.getClass().getSimpleName() + ")";
            }
            return PREFIX + m.replace('\n', ' ').strip() + System.lineSeparator();
        }
    }
}
