package org.zgcparks.explorer.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that cannot be saved or read: the reason is kept (for the status bar and the terminal) and nothing is
 * left behind. CI runs as root, which ignores permission bits, so an unwritable place is made another way: a
 * regular file where the folder should be, or a folder where the file should be (the rename then fails as a full
 * disk's write would, after the temp file exists).
 */
class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFailedSaveLeavesNoTempFileAndSaysWhy() throws Exception {
        Path config = dir.resolve("config");
        Path settings = config.resolve("settings.properties");
        Files.createDirectories(settings);
        Files.writeString(settings.resolve("x"), "a folder stands where the settings file should be");
        SettingsStore store = new SettingsStore(settings);
        List<String> told = new ArrayList<>();
        store.onSaveProblem(told::add);
        store.put("window.width", 1000.0);
        store.save();
        try (var files = Files.list(config)) {
            assertEquals(List.of(settings), files.toList(), "no settings.properties*.tmp is left");
        }
        assertTrue(store.saveProblem().orElseThrow().contains("settings cannot be saved"));
        assertEquals(1, told.size());
    }

    @Test
    void anUnwritableFolderIsFoundAtStartWithItsReason() throws Exception {
        Files.writeString(dir.resolve("config"), "a file where the folder should be");
        SettingsStore store = new SettingsStore(dir.resolve("config").resolve("settings.properties"));
        String problem = store.checkWritable().orElseThrow();
        assertTrue(problem.contains("settings cannot be saved") && !problem.endsWith(".probe"), problem);
    }

    @Test
    void aWritableFolderPassesTheCheckAndKeepsNothing() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config").resolve("settings.properties"));
        assertTrue(store.checkWritable().isEmpty());
        try (var files = Files.list(dir.resolve("config"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aCorruptFileIsSetAsideWithOneSentence() throws Exception {
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "window.width=\\u12zz\n");
        SettingsStore store = new SettingsStore(settings);
        String problem = store.loadProblem().orElseThrow();
        assertTrue(problem.contains("set aside as settings.properties.broken") && problem.contains("defaults"), problem);
        assertTrue(store.get("window.width").isEmpty());
        assertTrue(Files.exists(dir.resolve("settings.properties.broken")));
    }
}
