package org.zgcparks.explorer.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Park;

/**
 * Applies a {@link ParkFilter} to a dataset's parks and says why each park matched: the industry links that
 * satisfied the filter. Indexes each park's industries once, so a filter costs one pass over the parks.
 */
public final class ParkMatcher {

    /** A park that passed the filter, with the links that made it pass (empty when no industry was asked for). */
    public record Match(Park park, List<IndustryLink> because) {
    }

    private final List<Park> parks;
    private final Map<String, Map<String, IndustryLink>> linksByPark = new HashMap<>();

    public ParkMatcher(Dataset dataset) {
        this(dataset.parks());
    }

    public ParkMatcher(List<Park> parks) {
        this.parks = List.copyOf(parks);
        for (Park p : this.parks) {
            Map<String, IndustryLink> links = new HashMap<>();
            p.industries().forEach(l -> links.putIfAbsent(l.industryId(), l));
            linksByPark.put(p.id(), links);
        }
    }

    /** The matching parks, in dataset order. */
    public List<Match> matches(ParkFilter filter) {
        List<Match> out = new ArrayList<>();
        for (Park p : parks) {
            match(p, filter).ifPresent(out::add);
        }
        return out;
    }

    public Optional<Match> match(Park park, ParkFilter filter) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(park.kind())) {
            return Optional.empty();
        }
        if (!filter.districtIds().isEmpty() && !filter.districtIds().contains(park.districtId())) {
            return Optional.empty();
        }
        if (filter.industryIds().isEmpty()) {
            return Optional.of(new Match(park, List.of()));
        }
        Map<String, IndustryLink> links = linksByPark.getOrDefault(park.id(), Map.of());
        List<IndustryLink> because = new ArrayList<>();
        for (String industry : filter.industryIds()) {
            IndustryLink link = links.get(industry);
            if (link != null) {
                because.add(link);
            } else if (filter.mode() == ParkFilter.MatchMode.ALL) {
                return Optional.empty();
            }
        }
        if (because.isEmpty()) {
            return Optional.empty();
        }
        because.sort(java.util.Comparator.comparing(IndustryLink::role).thenComparing(IndustryLink::industryId));
        return Optional.of(new Match(park, because));
    }
}
