package org.zgcparks.explorer.settings;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zgcparks.explorer.model.ParkKind;

/**
 * The filter as remembered across restarts: the chosen industries, whether a park must have all of them (or any),
 * the park kinds and the districts. Kept under the keys {@code filter.industries}, {@code filter.mode},
 * {@code filter.kinds} and {@code filter.districts} (comma-separated ids; "all" or "any").
 */
public record FilterPrefs(Set<String> industryIds, boolean matchAll, Set<ParkKind> kinds, Set<String> districtIds) {

    static final String INDUSTRIES = "filter.industries";
    static final String MODE = "filter.mode";
    static final String KINDS = "filter.kinds";
    static final String DISTRICTS = "filter.districts";

    public static final FilterPrefs NONE = new FilterPrefs(Set.of(), false, Set.of(), Set.of());

    public FilterPrefs {
        industryIds = Set.copyOf(industryIds);
        kinds = Set.copyOf(kinds);
        districtIds = Set.copyOf(districtIds);
    }

    /** The saved filter; unknown kinds are dropped, and anything missing is "no filter". */
    public static FilterPrefs load(SettingsStore s) {
        Set<ParkKind> kinds = split(s.get(KINDS).orElse("")).stream().map(ParkKind::fromId)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return new FilterPrefs(split(s.get(INDUSTRIES).orElse("")), "all".equals(s.get(MODE).orElse("any")), kinds,
                split(s.get(DISTRICTS).orElse("")));
    }

    /** Puts the filter into the store (written with the store's next {@link SettingsStore#save()}). */
    public void save(SettingsStore s) {
        s.put(INDUSTRIES, join(industryIds));
        s.put(DISTRICTS, join(districtIds));
        s.put(KINDS, kinds.stream().map(ParkKind::id).sorted().collect(Collectors.joining(",")));
        s.put(MODE, matchAll ? "all" : "any");
    }

    private static String join(Collection<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
