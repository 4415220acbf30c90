package org.zgcparks.explorer.query;

import java.util.Objects;
import org.zgcparks.explorer.model.Dataset;

/**
 * A dataset together with what the explorer derives from it: the filter matcher and the search index. Building
 * them takes a noticeable time on a cold JVM, and none of it touches JavaFX, so it is done on the same background
 * thread that loads the file; the FX thread then only swaps the finished result in.
 *
 * @param dataset     the validated dataset
 * @param matcher     the filter matcher over its parks
 * @param searchIndex the search index over its parks, industries and districts
 */
public record PreparedDataset(Dataset dataset, ParkMatcher matcher, SearchIndex searchIndex) {

    public PreparedDataset {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(searchIndex, "searchIndex");
    }

    /** Builds the matcher and the index for a dataset; safe on any thread. */
    public static PreparedDataset of(Dataset dataset) {
        return new PreparedDataset(dataset, new ParkMatcher(dataset), new SearchIndex(dataset));
    }
}
