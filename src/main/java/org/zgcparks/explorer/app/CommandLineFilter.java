package org.zgcparks.explorer.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.query.ParkFilter;

/** Turns the command line's filter options into a {@link ParkFilter}, after checking its ids against the dataset. */
final class CommandLineFilter {

    private CommandLineFilter() {
    }

    /** The dataset a headless command works on, or the exit status (after saying why on {@code err}) if it has none. */
    record Loaded(Dataset dataset, int exitStatus) {
        boolean ok() {
            return dataset != null;
        }
    }

    /**
     * Loads the dataset the command line names (or the bundled one) and checks the filter options against it: exit
     * status 1 if it cannot be read, 2 if an option names an unknown industry or district.
     */
    static Loaded loadChecked(CommandLine cl, PrintStream err) {
        Dataset ds;
        try {
            DatasetLoader loader = new DatasetLoader();
            ds = cl.dataset().isPresent() ? loader.load(cl.dataset().get()) : loader.loadBundled();
        } catch (DatasetException e) {
            err.println("zgc-parks-explorer: the dataset cannot be read:");
            err.println(e.getMessage());
            return new Loaded(null, 1);
        }
        String filterError = check(cl, ds);
        if (filterError != null) {
            err.println("zgc-parks-explorer: " + filterError);
            return new Loaded(null, 2);
        }
        return new Loaded(ds, 0);
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
