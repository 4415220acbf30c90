package org.zgcparks.explorer.factsheet;

import java.nio.file.Path;

/** Opens {@link ExportFiles}' package-private clean-up of a given scratch root to tests in other packages. */
public final class ExportFilesAccess {

    private ExportFilesAccess() {
    }

    public static int removeStaleScratch(Path root) {
        return ExportFiles.removeStaleScratch(root);
    }
}
