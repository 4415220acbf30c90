package org.zgcparks.explorer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zgcparks.explorer.model.Dataset;

/**
 * Loads and validates dataset files: the bundled one, or a user's. Every problem found is reported at once
 * in a {@link DatasetException}; a dataset is returned only if it has none.
 */
public final class DatasetLoader {

    /** Files above this size are refused before reading. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** Where the bundled dataset is on the class path. */
    public static final String BUNDLED_RESOURCE = "/bundled/dataset/zgc-parks.json";
    public static final String BUNDLED_NAME = "zgc-parks.json (bundled)";

    private final long maxBytes;

    public DatasetLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DatasetLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Loads a dataset file from disk. */
    public Dataset load(Path file) throws DatasetException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw single(name, "the file is " + megabytes(size) + ", more than the " + megabytes(maxBytes)
                        + " a dataset may have");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw single(name, "cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        return parse(name, bytes);
    }

    /** Loads the dataset bundled with the application. */
    public Dataset loadBundled() throws DatasetException {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw single(BUNDLED_NAME, "the bundled dataset is missing from the application");
            }
            return parse(BUNDLED_NAME, in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw single(BUNDLED_NAME, "cannot read the bundled dataset: " + e.getMessage());
        }
    }

    /** Parses and validates dataset bytes; {@code fileName} is used in problem messages. */
    public Dataset parse(String fileName, byte[] bytes) throws DatasetException {
        if (bytes.length > maxBytes) {
            throw single(fileName, "the file is larger than the " + megabytes(maxBytes) + " a dataset may have");
        }
        List<Problem> problems = new ArrayList<>();
        LocatedJson json = LocatedJson.parse(fileName, bytes, problems);
        if (json == null) {
            throw new DatasetException(problems);
        }
        Dataset dataset = new DatasetMapper(json, problems).map();
        if (!problems.isEmpty() || dataset == null) {
            throw new DatasetException(problems);
        }
        return dataset;
    }

    private static DatasetException single(String file, String message) {
        return new DatasetException(List.of(new Problem(file, "", 0, 0, message)));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
