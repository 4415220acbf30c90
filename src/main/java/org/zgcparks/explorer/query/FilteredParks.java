package org.zgcparks.explorer.query;

import java.util.List;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;

/**
 * The parks matching a filter, in the dataset's order, with the filter in words for the reader ("" when there is no
 * filter): what a booklet, a printed booklet, {@code --export-pdf --all} and a data export are made of. The app and
 * the headless commands both come here, so they cannot disagree on which parks a filter selects.
 */
public record FilteredParks(List<Park> parks, String description) {

    public FilteredParks {
        parks = List.copyOf(parks);
    }

    /** Matches with a matcher already built for the dataset (the app keeps one). */
    public static FilteredParks of(ParkMatcher matcher, ParkFilter filter, Dataset dataset, Messages messages) {
        if (filter.isEmpty()) {
            return new FilteredParks(dataset.parks(), "");
        }
        List<Park> parks = matcher.matches(filter).stream().map(ParkMatcher.Match::park).toList();
        return new FilteredParks(parks, ParkFilter.describe(filter, dataset, messages));
    }

    public static FilteredParks of(Dataset dataset, ParkFilter filter, Messages messages) {
        return of(new ParkMatcher(dataset), filter, dataset, messages);
    }

    public boolean isEmpty() {
        return parks.isEmpty();
    }
}
