package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Park;

/**
 * Applies a {@link ParkFilter} to a dataset's parks and says why each park matched: the industry links that
 * satisfied the filter. Each park's industries are indexed once as a bit set, so a filter costs one pass of
 * bit operations over the parks; the explanation is worked out only when asked for.
 */
public final class ParkMatcher {

    /** A park that passed a filter. */
    public static final class Match {
        private final Park park;
        private final ParkFilter filter;
        private List<IndustryLink> because;

        Match(Park park, ParkFilter filter) {
            this.park = park;
            this.filter = filter;
        }

        public Park park() {
            return park;
        }

        /** The links that made the park pass, strongest role first (empty when no industry was asked for). */
        public List<IndustryLink> because() {
            if (because == null) {
                List<IndustryLink> links = new ArrayList<>();
                for (IndustryLink l : park.industries()) {
                    if (filter.industryIds().contains(l.industryId())) {
                        links.add(l);
                    }
                }
                links.sort(Comparator.comparing(IndustryLink::role).thenComparing(IndustryLink::industryId));
                because = List.copyOf(links);
            }
            return because;
        }
    }

    private final Park[] parks;
    private final long[][] industryBits;
    private final Map<String, Integer> industryIndex = new HashMap<>();

    public ParkMatcher(Dataset dataset) {
        this(dataset.parks());
    }

    public ParkMatcher(List<Park> parks) {
        this.parks = parks.toArray(Park[]::new);
        for (Park p : this.parks) {
            p.industries().forEach(l -> industryIndex.putIfAbsent(l.industryId(), industryIndex.size()));
        }
        int words = Math.max(1, (industryIndex.size() + 63) / 64);
        industryBits = new long[this.parks.length][words];
        for (int i = 0; i < this.parks.length; i++) {
            for (IndustryLink l : this.parks[i].industries()) {
                int bit = industryIndex.get(l.industryId());
                industryBits[i][bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** The matching parks, in dataset order. */
    public List<Match> matches(ParkFilter filter) {
        long[] mask = new long[industryBits.length == 0 ? 1 : industryBits[0].length];
        boolean unknownIndustry = false;
        for (String id : filter.industryIds()) {
            Integer bit = industryIndex.get(id);
            if (bit == null) {
                unknownIndustry = true; // no park has it
            } else {
                mask[bit >>> 6] |= 1L << bit;
            }
        }
        boolean all = filter.mode() == ParkFilter.MatchMode.ALL;
        if (all && unknownIndustry) {
            return List.of();
        }
        boolean anyIndustry = !filter.industryIds().isEmpty();
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < parks.length; i++) {
            Park p = parks[i];
            if (!filter.kinds().isEmpty() && !filter.kinds().contains(p.kind())) {
                continue;
            }
            if (!filter.districtIds().isEmpty() && p.districtIds().stream().noneMatch(filter.districtIds()::contains)) {
                continue;
            }
            if (anyIndustry && !passes(industryBits[i], mask, all)) {
                continue;
            }
            out.add(new Match(p, filter));
        }
        return out;
    }

    private static boolean passes(long[] bits, long[] mask, boolean all) {
        boolean anyShared = false;
        for (int w = 0; w < mask.length; w++) {
            long shared = bits[w] & mask[w];
            if (all && shared != mask[w]) {
                return false;
            }
            anyShared |= shared != 0;
        }
        return anyShared;
    }
}
