package org.zgcparks.explorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the app's log goes: warnings and notes (a tile server that cannot be reached, a corrupt cache file) into a
 * rotating log file in the user's cache folder, so that a normal start, online or offline, prints nothing to the
 * terminal; only severe errors also reach stderr. The status bar and dialogs tell the user what matters.
 */
final class LogSetup {

    /** The newest log; the one before it is {@code zgc-parks-explorer-1.log}. */
    static final String FILE_NAME = "zgc-parks-explorer-0.log";

    private LogSetup() {
    }

    /** Returns the log file, or null if it cannot be written (then warnings go to stderr as usual). */
    static Path configure(Path cacheDir) {
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(cacheDir);
            Path file = cacheDir.resolve(FILE_NAME);
            FileHandler handler = new FileHandler(cacheDir.resolve("zgc-parks-explorer-%g.log").toString(), 1_000_000, 2, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            handler.setEncoding("UTF-8");
            for (Handler h : root.getHandlers()) {
                if (h instanceof ConsoleHandler) {
                    h.setLevel(Level.SEVERE);
                }
            }
            root.addHandler(handler);
            return file;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
