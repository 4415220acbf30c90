package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.text.Typos;

/**
 * Finds the park a person means by a name typed on the command line: its id, any of its names (English, Chinese,
 * Russian, pinyin, the English name without its bracketed part) or an alias, compared case-, accent-, space- and
 * punctuation-insensitively ("etown", "E-Town", "Zhōngguāncūn"). An id wins over names; a name that several
 * parks share is ambiguous and lists them; an unknown name lists the closest ones (by edit distance).
 */
public final class ParkLookup {

    /** What a name stands for: one park, several, or none with the closest candidates. */
    public record Result(List<Park> matches, List<Park> suggestions) {
        public boolean found() {
            return matches.size() == 1;
        }

        public boolean ambiguous() {
            return matches.size() > 1;
        }
    }

    private final Dataset ds;
    private final Map<Park, Set<String>> keys = new LinkedHashMap<>();

    public ParkLookup(Dataset ds) {
        this.ds = ds;
        for (Park p : ds.parks()) {
            Set<String> k = new LinkedHashSet<>();
            k.add(TextMatch.normalize(p.id()));
            k.add(TextMatch.normalize(p.names().en()));
            k.add(TextMatch.normalize(p.names().en().replaceAll("\\s*\\([^)]*\\)\\s*$", "")));
            k.add(TextMatch.normalize(p.names().zh()));
            k.add(TextMatch.normalize(p.names().ru()));
            k.add(TextMatch.normalize(p.names().pinyin()));
            p.aliases().forEach(a -> k.add(TextMatch.normalize(a)));
            k.remove("");
            keys.put(p, k);
        }
    }

    public Result find(String name) {
        var byId = ds.park(name.strip());
        if (byId.isPresent()) {
            return new Result(List.of(byId.get()), List.of());
        }
        String q = TextMatch.normalize(name);
        if (q.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        List<Park> idMatches = keys.keySet().stream().filter(p -> TextMatch.normalize(p.id()).equals(q)).toList();
        if (idMatches.size() == 1) {
            return new Result(idMatches, List.of());
        }
        List<Park> matches = keys.entrySet().stream().filter(e -> e.getValue().contains(q)).map(Map.Entry::getKey).toList();
        if (!matches.isEmpty()) {
            return new Result(matches, List.of());
        }
        return new Result(List.of(), closest(q, 3));
    }

    /** The parks whose id, name or alias is nearest to the query, nearest first, at most {@code max}. */
    private List<Park> closest(String q, int max) {
        record Scored(Park park, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (var e : keys.entrySet()) {
            double best = Double.MAX_VALUE;
            for (String k : e.getValue()) {
                double d = Typos.distance(q, k);
                if (k.startsWith(q) || k.contains(q)) {
                    d = Math.min(d, 1 + (k.length() - q.length()) / 10.0);
                }
                best = Math.min(best, d);
            }
            int allowed = Math.max(2, q.length() / 3);
            if (best <= allowed) {
                scored.add(new Scored(e.getKey(), best));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score)).limit(max).map(Scored::park).toList();
    }
}
