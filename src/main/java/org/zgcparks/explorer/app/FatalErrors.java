package org.zgcparks.explorer.app;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for an exception no code caught: the log gets the stack trace, the terminal one line. Running out
 * of memory ends the process with status 1 and that line (the dataset and tile limits are meant to make it
 * impossible; a JVM started with too small a heap is the remaining case), since nothing can be trusted after it.
 */
final class FatalErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(FatalErrors.class.getName());
    private final PrintStream err;

    FatalErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            err.println(describe(e));
            err.flush();
            Runtime.getRuntime().halt(1);
            return;
        }
        try {
            LOG.log(Level.WARNING, "Uncaught in thread " + t.getName(), e); // the file, not the terminal
        } catch (RuntimeException | Error ignored) {
            // logging itself failed: the line below is all that can be done
        }
        err.println(describe(e));
    }

    /** The one line for the terminal. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "zgc-parks-explorer: out of memory (Java's limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); start it with a larger -Xmx";
        }
        String m = e.getMessage();
        return "zgc-parks-explorer: unexpected error: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m)
                + " (details in the log)";
    }
}
