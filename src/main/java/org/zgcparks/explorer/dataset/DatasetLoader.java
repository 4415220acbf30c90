package org.zgcparks.explorer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zgcparks.explorer.model.Dataset;

/**
 * Loads and validates dataset files: the bundled one, or a user's. Every problem found is reported at once
 * in a {@link DatasetException}; a dataset is returned only if it has none. Time and memory are bounded by
 * {@link DatasetLimits}.
 */
public final class DatasetLoader {

    /** Files above this size are refused before reading. */
    public static final long DEFAULT_MAX_BYTES = DatasetLimits.DEFAULT.maxBytes();
    /** Where the bundled dataset is on the class path. */
    public static final String BUNDLED_RESOURCE = "/bundled/dataset/zgc-parks.json";
    public static final String BUNDLED_NAME = "zgc-parks.json (bundled)";

    private final DatasetLimits limits;

    public DatasetLoader() {
        this(DatasetLimits.DEFAULT);
    }

    public DatasetLoader(long maxBytes) {
        this(DatasetLimits.DEFAULT.withMaxBytes(maxBytes));
    }

    public DatasetLoader(DatasetLimits limits) {
        this.limits = limits;
    }

    /** Loads a dataset file from disk. Only regular files are read (never a pipe or a device). */
    public Dataset load(Path file) throws DatasetException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(name, DatasetFile.read(file, name, limits.maxBytes()));
    }

    /** Loads the dataset bundled with the application. */
    public Dataset loadBundled() throws DatasetException {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw DatasetFile.single(BUNDLED_NAME, "the bundled dataset is missing from the application");
            }
            return parse(BUNDLED_NAME, in.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw DatasetFile.single(BUNDLED_NAME, "cannot read the bundled dataset: " + e.getMessage());
        }
    }

    /** Parses and validates dataset bytes; {@code fileName} is used in problem messages. */
    public Dataset parse(String fileName, byte[] bytes) throws DatasetException {
        if (bytes.length > limits.maxBytes()) {
            throw DatasetFile.single(fileName, "the file is larger than the " + DatasetFile.megabytes(limits.maxBytes())
                    + " a dataset may have");
        }
        try {
            List<Problem> problems = new ArrayList<>();
            LocatedJson json = LocatedJson.parse(fileName, bytes, limits, problems);
            if (json == null) {
                throw new DatasetException(problems);
            }
            Dataset dataset = new DatasetMapper(json, problems).map();
            if (!problems.isEmpty() || dataset == null) {
                throw new DatasetException(problems);
            }
            return dataset;
        } catch (OutOfMemoryError e) {
            // The limits keep a dataset to a few hundred MB; a JVM started with less gets a message, not a crash.
            // What was read is unreachable once this returns, so the app goes on with its current dataset.
            throw DatasetFile.single(fileName, "there is not enough memory to load this file ("
                    + DatasetFile.megabytes(bytes.length) + "; Java's limit is "
                    + DatasetFile.megabytes(Runtime.getRuntime().maxMemory()) + ")");
        }
    }
}
