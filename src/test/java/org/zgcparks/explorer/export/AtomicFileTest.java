package org.zgcparks.explorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes are all or nothing. */
class AtomicFileTest {

    @TempDir
    Path dir;

    List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("figures.csv");
        Files.writeString(target, "old");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFile.write(target, out -> {
            out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("figures.csv") && e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureWithNoOldFileLeavesNothing() throws Exception {
        Path target = dir.resolve("parks.geojson");
        assertThrows(ExportException.class, () -> AtomicFile.write(target, out -> {
            throw new IllegalStateException("broken");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("no-such-folder").resolve("parks.csv");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFile.write(target, out -> { }));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void aNewFileIsReadableByOthersAsNewFilesUsuallyAre() throws Exception {
        Path target = dir.resolve("parks.geojson");
        AtomicFile.write(target, out -> out.write('x'));
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"),
                Files.getPosixFilePermissions(target));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path target = dir.resolve("figures.csv");
        Files.writeString(target, "old");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }
}
