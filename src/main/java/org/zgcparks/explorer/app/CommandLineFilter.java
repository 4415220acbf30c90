package org.zgcparks.explorer.app;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.viewmodel.ParkFilter;

/** Turns the command line's filter options into a {@link ParkFilter}, after checking its ids against the dataset. */
final class CommandLineFilter {

    private CommandLineFilter() {
    }

    /** A message naming the first unknown industry or district id (with the valid ones), or null if all exist. */
    static String check(CommandLine cl, Dataset ds) {
        for (String id : cl.industries()) {
            if (ds.industry(id).isEmpty()) {
                return "unknown industry \"" + id + "\" for --industry; the dataset has: "
                        + ds.industries().stream().map(i -> i.id()).sorted().collect(Collectors.joining(", "));
            }
        }
        for (String id : cl.districts()) {
            if (ds.district(id).isEmpty()) {
                return "unknown district \"" + id + "\" for --district; the dataset has: "
                        + ds.districts().stream().map(d -> d.id()).collect(Collectors.joining(", "));
            }
        }
        return null;
    }

    /** A message naming an unknown park of {@code --select} (or of a link), with the valid ids; null if it exists. */
    static String checkSelect(CommandLine cl, Dataset ds) {
        if (cl.select().isEmpty() || ds.park(cl.select().get()).isPresent()) {
            return null;
        }
        return "unknown park \"" + cl.select().get() + "\" for --select; the dataset has: "
                + ds.parks().stream().map(p -> p.id()).sorted().collect(Collectors.joining(", "));
    }

    static ParkFilter filter(CommandLine cl) {
        return new ParkFilter(Set.copyOf(cl.industries()),
                cl.matchAll().orElse(false) ? ParkFilter.MatchMode.ALL : ParkFilter.MatchMode.ANY,
                Set.copyOf(cl.kinds()), Set.copyOf(List.copyOf(cl.districts())));
    }
}
