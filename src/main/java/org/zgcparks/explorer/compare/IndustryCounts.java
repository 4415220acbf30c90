package org.zgcparks.explorer.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Role;

/** How many of the given parks have each industry, by role: the data of the "industries by park count" chart. */
public final class IndustryCounts {

    /** One industry: parks that lead in it, develop it, plan it. A park counts once, in its strongest role. */
    public record Count(String industryId, int leading, int developing, int planned) {
        public int total() {
            return leading + developing + planned;
        }

        public int of(Role role) {
            return switch (role) {
                case LEADING -> leading;
                case DEVELOPING -> developing;
                case PLANNED -> planned;
            };
        }
    }

    private IndustryCounts() {
    }

    /** The {@code limit} industries most parks have, most first (ties by id), counted by role. */
    public static List<Count> top(List<Park> parks, int limit) {
        Map<String, int[]> counts = new HashMap<>();
        for (Park p : parks) {
            Map<String, Role> strongest = new LinkedHashMap<>();
            for (IndustryLink l : p.industries()) {
                strongest.merge(l.industryId(), l.role(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            strongest.forEach((id, role) -> counts.computeIfAbsent(id, k -> new int[3])[role.ordinal()]++);
        }
        List<Count> all = new ArrayList<>(counts.size());
        counts.forEach((id, c) -> all.add(new Count(id, c[0], c[1], c[2])));
        all.sort(Comparator.comparingInt(Count::total).reversed().thenComparing(Count::industryId));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }
}
