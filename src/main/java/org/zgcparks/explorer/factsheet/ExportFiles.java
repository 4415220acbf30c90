package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.zgcparks.explorer.io.FileKinds;

/**
 * The files of an export besides the PDF itself, and what may be replaced by it.
 * <ul>
 * <li>The target: a new file or an existing regular file; a folder, device, pipe, socket or symbolic link is
 * refused (the temp-file-and-rename once replaced {@code /dev/full}), naming what a link points to.</li>
 * <li>The hidden {@code .NAME<digits>.part} file the PDF is written to before the rename holds an advisory lock while
 * it is written; one that nobody locks is what a killed export left, and is removed before the next export to that
 * folder. Another export still writing keeps its lock, so its file is never touched.</li>
 * <li>PDFBox's scratch files go to a folder of the system's temp folder named by this process's id; folders of
 * processes that no longer run are removed at the next start.</li>
 * </ul>
 */
public final class ExportFiles {

    private static final Logger LOG = Logger.getLogger(ExportFiles.class.getName());
    private static final String PART = ".part";
    /**
     * The locked byte lies far beyond any PDF, so that the lock never stands in the way of the writes (Windows
     * locks are mandatory) and only says "being written".
     */
    private static final long LOCK_AT = Long.MAX_VALUE - 1;

    private ExportFiles() {
    }

    /** Why the target may not be written, or null if it may (it does not exist, or is a regular file). */
    public static String refusal(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(target)) {
            return "it is " + FileKinds.describe(target) + "; give the path of the file itself";
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return "it is " + FileKinds.describe(target) + ", not a regular file; only a new or a regular file is replaced";
    }

    /** Whether the name is one of ours for {@code target}: {@code .NAME<digits>.part}. */
    static boolean isPartOf(String name, String targetName) {
        String prefix = "." + targetName;
        if (!name.startsWith(prefix) || !name.endsWith(PART) || name.length() <= prefix.length() + PART.length()) {
            return false;
        }
        return name.substring(prefix.length(), name.length() - PART.length()).chars().allMatch(Character::isDigit);
    }

    /** Removes the .part files a killed export of {@code target} left in its folder (none that is being written). */
    public static int removeStaleParts(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> isPartOf(p.getFileName().toString(), name))) {
            for (Path part : parts) {
                if (Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS) && !inUse(part)) {
                    Files.deleteIfExists(part);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot look for stale export files in " + dir, e);
        }
        return removed;
    }

    private static boolean inUse(Path part) {
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock(LOCK_AT, 1, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this process is writing it
        } catch (IOException e) {
            return true; // when in doubt, leave it
        }
    }

    /** Locks a .part file while it is written (the lock ends with the channel, or with the process). */
    static FileChannel lock(Path part) throws IOException {
        FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE);
        try {
            if (ch.tryLock(LOCK_AT, 1, false) == null) {
                throw new IOException("the temporary file " + part.getFileName() + " is locked by another program");
            }
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** The scratch folder of all exports: PDFBox's temp files go to a sub-folder per process. */
    public static Path scratchRoot() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "zgc-parks-explorer-" + user, "pdf-scratch");
    }

    /** PDFBox's page cache in temp files, in this process's scratch folder (the system's temp folder if that fails). */
    static RandomAccessStreamCache.StreamCacheCreateFunction scratch() {
        MemoryUsageSetting setting = MemoryUsageSetting.setupTempFileOnly();
        try {
            Path dir = Files.createDirectories(scratchRoot().resolve(Long.toString(ProcessHandle.current().pid())));
            setting.setTempDir(dir.toFile());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot create the PDF scratch folder; using the temp folder", e);
        }
        return setting.streamCache;
    }

    /** Removes the scratch folders of processes that no longer run (a killed export's page cache). */
    public static int removeStaleScratch() {
        return removeStaleScratch(scratchRoot());
    }

    static int removeStaleScratch(Path root) {
        int removed = 0;
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                String n = d.getFileName().toString();
                if (!n.matches("\\d{1,18}") || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                        || ProcessHandle.of(Long.parseLong(n)).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                    for (Path f : files) {
                        if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
                Files.deleteIfExists(d);
                removed++;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot clean the PDF scratch folder " + root, e);
        }
        return removed;
    }
}
