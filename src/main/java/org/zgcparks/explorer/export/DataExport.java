package org.zgcparks.explorer.export;

import java.nio.file.Path;
import java.util.List;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;

/** Writes parks to a file in the format its name asks for, atomically. Used by the app and by {@code --export}. */
public final class DataExport {

    private DataExport() {
    }

    /** What was written: how many parks, and how many figures for CSV. */
    public record Result(ExportFormat format, int parks, int figures) {
    }

    /**
     * @throws ExportException if the file's extension names no format this writes, or it cannot be written (nothing
     *                         is left behind then)
     */
    public static Result write(Dataset ds, List<Park> parks, Path file) throws ExportException {
        ExportFormat format = ExportFormat.of(file).orElseThrow(() -> new ExportException(
                "cannot tell the format of " + file + " from its name: use one of " + ExportFormat.extensions()));
        return write(ds, parks, file, format);
    }

    public static Result write(Dataset ds, List<Park> parks, Path file, ExportFormat format) throws ExportException {
        List<Park> snapshot = List.copyOf(parks);
        switch (format) {
            case CSV -> AtomicFile.write(file, out -> FigureCsv.write(ds, snapshot, out));
            case GEOJSON -> AtomicFile.write(file, out -> ParksGeoJson.write(ds, snapshot, out));
        }
        return new Result(format, snapshot.size(), FigureCsv.rows(ds, snapshot));
    }
}
