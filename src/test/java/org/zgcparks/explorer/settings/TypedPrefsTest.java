package org.zgcparks.explorer.settings;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.model.ParkKind;

/** The typed preferences read a settings file written by earlier versions (string keys), and write the same keys. */
class TypedPrefsTest {

    /** A settings file as the app wrote it before the typed preferences. */
    static final String OLD_FILE = """
            #ZGC Parks Explorer settings
            #Tue Nov 10 09:12:44 CST 2026
            filter.districts=haidian,chaoyang
            filter.industries=ai,commercial-aerospace
            filter.kinds=sub-park
            filter.mode=all
            map.districtBoundaries=true
            map.nonMatching=hide
            selection.park=bda
            ui.language=zh
            window.height=812.0
            window.maximized=false
            window.width=1280.0
            window.x=40.0
            window.y=33.5
            """;

    @Test
    void anOldSettingsFileLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, OLD_FILE + "dataset.lastFolder=" + escaped(dir) + "\nexport.lastFolder="
                + escaped(dir.resolve("gone")) + "\n", ISO_8859_1);
        SettingsStore s = new SettingsStore(file);

        FilterPrefs filter = FilterPrefs.load(s);
        assertEquals(Set.of("ai", "commercial-aerospace"), filter.industryIds());
        assertEquals(Set.of("haidian", "chaoyang"), filter.districtIds());
        assertEquals(Set.of(ParkKind.SUB_PARK), filter.kinds());
        assertTrue(filter.matchAll());
        assertEquals(new MapPrefs(true, true), MapPrefs.load(s));
        assertEquals(new WindowPrefs(40, 33.5, 1280, 812, false), WindowPrefs.load(s));
        assertEquals(Optional.of("bda"), SelectionPrefs.load(s).parkId());
        assertEquals(Optional.of(Locale.forLanguageTag("zh")), LanguagePrefs.load(s).language());
        FolderPrefs folders = FolderPrefs.load(s);
        assertEquals(Optional.of(dir), folders.existingDatasetFolder());
        assertEquals(Optional.empty(), folders.existingExportFolder(), "a folder that is gone is not offered");
    }

    @Test
    void savingWritesTheSameKeysAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        SettingsStore s = new SettingsStore(file);
        new FilterPrefs(Set.of("ai"), false, Set.of(ParkKind.SUB_PARK), Set.of("haidian")).save(s);
        new MapPrefs(false, true).save(s);
        new WindowPrefs(1, 2, 800, 600, true).save(s);
        new SelectionPrefs(Optional.of("bda")).save(s);
        new LanguagePrefs(Optional.of(Locale.forLanguageTag("ru"))).save(s);
        FolderPrefs.exported(s, dir.resolve("sheet.pdf"));
        s.save();

        String text = Files.readString(file, ISO_8859_1);
        for (String line : new String[] {"filter.industries=ai", "filter.mode=any", "filter.kinds=sub-park",
                "filter.districts=haidian", "map.nonMatching=dim", "map.districtBoundaries=true", "window.x=1.0",
                "window.width=800.0", "window.maximized=true", "selection.park=bda", "ui.language=ru",
                "export.lastFolder="}) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        SettingsStore reread = new SettingsStore(file);
        assertEquals(new WindowPrefs(1, 2, 800, 600, true), WindowPrefs.load(reread));
        assertEquals(Optional.of(dir.toAbsolutePath()), FolderPrefs.load(reread).exportFolder());
    }

    @Test
    void aFirstStartHasNoWindowSizeAndNoFilter(@TempDir Path dir) {
        SettingsStore s = new SettingsStore(dir.resolve("none.properties"));
        assertFalse(WindowPrefs.load(s).hasSize());
        assertEquals(FilterPrefs.NONE, FilterPrefs.load(s));
        assertEquals(new MapPrefs(false, false), MapPrefs.load(s));
        assertEquals(Optional.empty(), SelectionPrefs.load(s).parkId());
        assertEquals(Optional.empty(), LanguagePrefs.load(s).language());
        // a maximized window that was never placed keeps no place
        WindowPrefs.load(s).withMaximized(true).save(s);
        assertEquals(Optional.empty(), s.get("window.x"));
        assertEquals(Optional.of("true"), s.get("window.maximized"));
    }

    private static String escaped(Path p) {
        return p.toAbsolutePath().toString().replace("\\", "\\\\").replace(":", "\\:");
    }
}
