package org.zgcparks.explorer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, without initialising, the classes the first frame needs (JavaFX controls and skins, Jackson, Java2D) on
 * a background thread while the toolkit starts, so that the FX thread finds them ready: on a two-core machine
 * this moves about a thousand class loads off the start-up's critical path. The list,
 * {@code startup-classes.txt}, is recorded from a real start by {@code .ci/update-startup-classes}; a name that
 * no longer exists is skipped, so a stale list only costs speed.
 *
 * <p>It keeps its own daemon thread rather than a task of the task runner: it must run while the runner's threads
 * read the dataset and the UI font (the first frame waits for those, so queueing behind them would preload too late),
 * it has no result, progress or cancel for anyone to follow, and it ends by itself once the list is read.
 */
final class ClassPreloader {

    private ClassPreloader() {
    }

    /** Starts preloading, after {@code first} (other start-up preloading that is worth more, and short). */
    static void start(Runnable first) {
        Thread t = new Thread(() -> {
            first.run();
            preload();
        }, "startup-preloader");
        t.setDaemon(true);
        t.start();
    }

    static void preload() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        try (InputStream in = ClassPreloader.class.getResourceAsStream("startup-classes.txt")) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name;
            while ((name = reader.readLine()) != null) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or platform-specific: nothing to gain, nothing lost
                }
            }
        } catch (IOException e) {
            // the list is an optimisation only
        }
    }
}
