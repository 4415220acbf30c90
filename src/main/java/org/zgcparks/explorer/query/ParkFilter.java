package org.zgcparks.explorer.query;

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

    /** The filter in words for people: "Commercial aerospace, AI (any) · Zhongguancun sub-park · Haidian"; empty if none. */
    public static String describe(ParkFilter f, org.zgcparks.explorer.model.Dataset ds,
                                  org.zgcparks.explorer.i18n.Messages messages) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!f.industryIds().isEmpty()) {
            java.util.List<String> names = f.industryIds().stream().sorted()
                    .map(id -> ds.industry(id).map(i -> i.names().in(messages.locale())).orElse(id)).toList();
            String shown = names.size() > 3 ? String.join(", ", names.subList(0, 3)) + " +" + (names.size() - 3)
                    : String.join(", ", names);
            parts.add(shown + (names.size() > 1 ? " (" + messages.get("filter.mode."
                    + f.mode().name().toLowerCase(java.util.Locale.ROOT)) + ")" : ""));
        }
        if (!f.kinds().isEmpty()) {
            parts.add(f.kinds().stream().sorted().map(k -> messages.get("kind." + k.id()))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!f.districtIds().isEmpty()) {
            parts.add(f.districtIds().stream().sorted().map(id -> ds.district(id).map(d -> d.names().in(messages.locale()))
                    .orElse(id)).collect(java.util.stream.Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }
}
