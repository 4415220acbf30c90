package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
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
    public static String describe(ParkFilter f, Dataset ds, Messages messages) {
        String sep = messages.get("list.separator"); // "、" in Chinese
        List<String> parts = new ArrayList<>();
        if (!f.industryIds().isEmpty()) {
            List<String> names = f.industryIds().stream().sorted()
                    .map(id -> ds.industry(id).map(i -> i.names().in(messages.locale())).orElse(id)).toList();
            String shown = names.size() > 3 ? String.join(sep, names.subList(0, 3)) + " +" + (names.size() - 3)
                    : String.join(sep, names);
            parts.add(names.size() > 1 ? messages.get("filter.described.mode", shown,
                    messages.get("filter.mode." + f.mode().name().toLowerCase(Locale.ROOT))) : shown);
        }
        if (!f.kinds().isEmpty()) {
            parts.add(f.kinds().stream().sorted().map(k -> messages.get("kind." + k.id()))
                    .collect(Collectors.joining(sep)));
        }
        if (!f.districtIds().isEmpty()) {
            parts.add(f.districtIds().stream().sorted().map(id -> ds.district(id).map(d -> d.names().in(messages.locale()))
                    .orElse(id)).collect(Collectors.joining(sep)));
        }
        return String.join(" · ", parts);
    }
}
