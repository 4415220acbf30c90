package org.zgcparks.explorer.viewmodel;

import java.util.Set;
import org.zgcparks.explorer.model.ParkKind;

/**
 * Which parks to show: those with the chosen industries (any or all of them), of the chosen kinds, in the chosen
 * districts. An empty set means "no restriction" for that dimension. Pure data, shared by the UI, the command
 * line and fact-sheet booklets.
 */
public record ParkFilter(Set<String> industryIds, MatchMode mode, Set<ParkKind> kinds, Set<String> districtIds) {

    /** Whether a park must have at least one, or every one, of the chosen industries. */
    public enum MatchMode {
        ANY, ALL
    }

    public static final ParkFilter NONE = new ParkFilter(Set.of(), MatchMode.ANY, Set.of(), Set.of());

    public ParkFilter {
        industryIds = Set.copyOf(industryIds);
        kinds = Set.copyOf(kinds);
        districtIds = Set.copyOf(districtIds);
    }

    public boolean isEmpty() {
        return industryIds.isEmpty() && kinds.isEmpty() && districtIds.isEmpty();
    }

    public ParkFilter withIndustries(Set<String> ids) {
        return new ParkFilter(ids, mode, kinds, districtIds);
    }
}
