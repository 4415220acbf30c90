package org.zgcparks.explorer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import org.zgcparks.explorer.io.FileKinds;
import org.zgcparks.explorer.io.IoReasons;

/**
 * Reads a dataset file's bytes within a size limit. Anything that is not a regular file is refused before it is
 * opened: a FIFO would block the open forever, and a device such as {@code /dev/zero} reports a size of 0 and then
 * never ends. The bytes are counted while reading too, so a file that grows, or is swapped for something else
 * after the check, still cannot take more than the limit.
 */
final class DatasetFile {

    private DatasetFile() {
    }

    static byte[] read(Path file, String name, long maxBytes) throws DatasetException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw single(name, "cannot read " + file.toAbsolutePath() + ": " + IoReasons.reason(e));
        }
        if (attrs.isDirectory()) {
            throw single(name, file.toAbsolutePath() + " is a folder, not a dataset file");
        }
        if (!attrs.isRegularFile()) {
            throw single(name, file.toAbsolutePath() + " is not a regular file (" + FileKinds.describe(file)
                    + "); a dataset must be a file on disk");
        }
        if (attrs.size() > maxBytes) {
            throw single(name, "the file is " + megabytes(attrs.size()) + ", more than the " + megabytes(maxBytes)
                    + " a dataset may have");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw single(name, "the file grew beyond the " + megabytes(maxBytes) + " a dataset may have while it"
                        + " was read");
            }
            return bytes;
        } catch (IOException e) {
            throw single(name, "cannot read " + file.toAbsolutePath() + ": " + IoReasons.reason(e));
        }
    }

    static DatasetException single(String file, String message) {
        return new DatasetException(List.of(new Problem(file, "", 0, 0, message)));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
