package org.zgcparks.explorer.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zgcparks.explorer.io.IoReasons;

/**
 * The user's settings (window geometry, last selected park, ...) as a properties file in the user's configuration
 * folder. Written atomically (temp file, then rename); an unreadable file is set aside and defaults are used.
 */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;
    private final Properties values = new Properties();
    private String loadProblem;
    private String saveProblem;
    private Consumer<String> saveProblemListener = p -> { };

    public SettingsStore(Path file) {
        this.file = file;
        load();
    }

    public Path file() {
        return file;
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            values.clear();
            String why = e instanceof IOException io ? IoReasons.reason(io) : e.getMessage();
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                loadProblem = "the settings file " + file + " is unreadable (" + why + "); it was set aside as "
                        + aside.getFileName() + " and defaults are used";
            } catch (IOException ignored) {
                // nothing more to do: the next save replaces it
                loadProblem = "the settings file " + file + " is unreadable (" + why + "); defaults are used";
            }
            LOG.log(Level.WARNING, loadProblem, e);
        }
    }

    /** Why the saved settings could not be read (defaults are used then), if they could not. */
    public synchronized Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    /** Why the settings cannot be saved, if the last save (or {@link #checkWritable()}) failed. */
    public synchronized Optional<String> saveProblem() {
        return Optional.ofNullable(saveProblem);
    }

    /** Called with the reason whenever a save fails (on the thread that saved). */
    public synchronized void onSaveProblem(Consumer<String> listener) {
        this.saveProblemListener = listener == null ? p -> { } : listener;
    }

    /**
     * Checks, at start-up, that the settings can be saved later (the folder can be created and written), so that
     * the user learns it while the window is open rather than never. Leaves nothing behind.
     */
    public synchronized Optional<String> checkWritable() {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".probe");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            failed(e);
        } finally {
            deleteQuietly(tmp);
        }
        return saveProblem();
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void put(String key, double value) {
        put(key, Double.toString(value));
    }

    /**
     * Writes the settings; failures are logged and reported to the listener, never thrown, since losing settings
     * must not stop the app. A failed save leaves no temp file behind (a full disk once left a 0-byte one).
     */
    public synchronized void save() {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "ZGC Parks Explorer settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            saveProblem = null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            failed(e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private void failed(Exception e) {
        String why = e instanceof IOException io ? IoReasons.reason(io) : e.getMessage();
        saveProblem = "settings cannot be saved in " + file.getParent() + ": " + why;
        LOG.log(Level.WARNING, saveProblem, e);
        saveProblemListener.accept(saveProblem);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the folder refuses changes: nothing was left there either, or it is a hidden temp file
        }
    }
}
