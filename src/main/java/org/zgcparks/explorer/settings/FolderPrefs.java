package org.zgcparks.explorer.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folders the file choosers open in: where the last dataset was opened from, and where the last fact sheet,
 * booklet or data export was written. Kept under {@code dataset.lastFolder} and {@code export.lastFolder}.
 */
public record FolderPrefs(Optional<Path> datasetFolder, Optional<Path> exportFolder) {

    static final String DATASET = "dataset.lastFolder";
    static final String EXPORT = "export.lastFolder";

    public static FolderPrefs load(SettingsStore s) {
        return new FolderPrefs(path(s, DATASET), path(s, EXPORT));
    }

    /** The dataset folder, if it still exists. */
    public Optional<Path> existingDatasetFolder() {
        return datasetFolder.filter(Files::isDirectory);
    }

    /** The export folder, if it still exists. */
    public Optional<Path> existingExportFolder() {
        return exportFolder.filter(Files::isDirectory);
    }

    /** Remembers the folder of a dataset file just opened. */
    public static void datasetOpened(SettingsStore s, Path file) {
        folderOf(file).ifPresent(dir -> load(s).withDataset(dir).save(s));
    }

    /** Remembers the folder of a file just exported. */
    public static void exported(SettingsStore s, Path file) {
        folderOf(file).ifPresent(dir -> load(s).withExport(dir).save(s));
    }

    public FolderPrefs withDataset(Path dir) {
        return new FolderPrefs(Optional.of(dir), exportFolder);
    }

    public FolderPrefs withExport(Path dir) {
        return new FolderPrefs(datasetFolder, Optional.of(dir));
    }

    public void save(SettingsStore s) {
        s.put(DATASET, datasetFolder.map(Path::toString).orElse(null));
        s.put(EXPORT, exportFolder.map(Path::toString).orElse(null));
    }

    private static Optional<Path> folderOf(Path file) {
        return Optional.ofNullable(file.toAbsolutePath().getParent());
    }

    private static Optional<Path> path(SettingsStore s, String key) {
        try {
            return s.get(key).filter(v -> !v.isBlank()).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty(); // a folder saved on another system: the chooser opens where it likes
        }
    }
}
