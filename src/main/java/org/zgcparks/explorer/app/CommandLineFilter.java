package org.zgcparks.explorer.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.cli.Suggestions;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.District;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.ParkFilter;

/**
 * Turns the command line's filter options into a {@link ParkFilter}, after checking its ids against the dataset. An
 * unknown id is named with the closest valid ones and then all of them, in the run's language.
 */
final class CommandLineFilter {

    private CommandLineFilter() {
    }

    /** The dataset a headless command works on, or the exit status (after saying why on {@code err}) if it has none. */
    record Loaded(Dataset dataset, int exitStatus) {
        boolean ok() {
            return dataset != null;
        }
    }

    /** The language of the run's messages: {@code --lang}, else the system's if the explorer speaks it, else English. */
    static Locale language(CommandLine cl, Locale system) {
        return Messages.supported(cl.language().orElse(system));
    }

    /** The run's messages, in {@link #language}. */
    static Messages messages(CommandLine cl) {
        return new Messages(language(cl, Locale.getDefault()));
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
            err.println("zgc-parks-explorer: " + messages(cl).get("cli.datasetUnreadable"));
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
                Messages m = messages(cl);
                return unknown(m, m.get("cli.unknown.industry", id), id,
                        ds.industries().stream().map(Industry::id).sorted().toList());
            }
        }
        for (String id : cl.districts()) {
            if (ds.district(id).isEmpty()) {
                Messages m = messages(cl);
                return unknown(m, m.get("cli.unknown.district", id), id,
                        ds.districts().stream().map(District::id).toList());
            }
        }
        return null;
    }

    /** A message naming an unknown park of {@code --select} (or of a link), with the valid ids; null if it exists. */
    static String checkSelect(CommandLine cl, Dataset ds) {
        if (cl.select().isEmpty() || ds.park(cl.select().get()).isPresent()) {
            return null;
        }
        Messages m = messages(cl);
        String id = cl.select().get();
        return unknown(m, m.get("cli.unknown.select", id), id, ds.parks().stream().map(Park::id).sorted().toList());
    }

    /** "unknown industry "aerospce" for --industry; did you mean aerospace, …? the dataset has: 3d-printing, …". */
    private static String unknown(Messages m, String head, String id, List<String> valid) {
        List<String> closest = Suggestions.closest(id, valid, 3);
        String all = String.join(", ", valid);
        return closest.isEmpty() ? m.get("cli.unknown.list", head, all)
                : m.get("cli.unknown.guess", head, Suggestions.or(closest, m.locale()), all);
    }

    static ParkFilter filter(CommandLine cl) {
        return new ParkFilter(Set.copyOf(cl.industries()),
                cl.matchAll().orElse(false) ? ParkFilter.MatchMode.ALL : ParkFilter.MatchMode.ANY,
                Set.copyOf(cl.kinds()), Set.copyOf(cl.districts()));
    }
}
