package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hidden partial file a document is written to before it is moved over its target. Unlike
 * {@code Files.createTempFile}, which makes the file private to its owner ({@code rw-------}), this one gets the
 * permissions of any new file of the user (the umask's), so the finished PDF can be shared like their other files.
 */
final class PartFiles {

    private PartFiles() {
    }

    /**
     * Creates a new, empty {@code .NAME<digits>.part} file beside {@code target}: the form
     * {@link ExportFiles#isPartOf} knows, so that one a killed export leaves is removed by the next.
     */
    static Path createBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        for (int attempt = 1; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(dir.resolve("." + target.getFileName() + random + ".part"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}
