package org.zgcparks.explorer.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file beside the target, which is then
 * renamed over it. A failure at any point deletes the temporary file and leaves the target as it was.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws ExportException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new ExportException("cannot write " + target + ": it is a folder");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + target + ": no permission to write in " + dir, e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        }
        try {
            keepPermissions(tmp, abs);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is what the user needs to hear about
            }
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /**
     * A temporary file is created readable by its owner alone; the written file gets the permissions of the file it
     * replaces, or rw-r--r-- (what a new file usually has), where the file system has POSIX permissions.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
