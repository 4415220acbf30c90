package org.zgcparks.explorer.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.export.DataExport;
import org.zgcparks.explorer.export.ExportException;
import org.zgcparks.explorer.export.ExportFormat;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.FilteredParks;

/**
 * {@code --export FILE}: writes the parks matching the filter options (every park without them) as CSV or GeoJSON,
 * chosen by the file's extension, without starting JavaFX. Exit status: 0 written; 2 a bad argument (a format it
 * cannot write, an unknown industry or district, no park matching); 1 anything else (the dataset cannot be read,
 * the file cannot be written). A failed export leaves no file behind. It speaks the language of {@code --lang}, else
 * the system's, else English.
 */
final class DataExportCommand {

    private DataExportCommand() {
    }

    static int run(CommandLine cl, PrintStream out, PrintStream err) {
        Path target = cl.exportData().orElseThrow();
        Messages messages = CommandLineFilter.messages(cl);
        if (ExportFormat.of(target).isEmpty()) {
            err.println("zgc-parks-explorer: " + messages.get("cli.unknownFormat", target.toString(),
                    ExportFormat.extensions()));
            return 2;
        }
        CommandLineFilter.Loaded loaded = CommandLineFilter.loadChecked(cl, err);
        if (!loaded.ok()) {
            return loaded.exitStatus();
        }
        Dataset ds = loaded.dataset();
        List<Park> parks = FilteredParks.of(ds, CommandLineFilter.filter(cl), messages).parks();
        if (parks.isEmpty()) {
            err.println("zgc-parks-explorer: " + messages.get("cli.noMatch"));
            return 2;
        }
        try {
            DataExport.Result r = DataExport.write(ds, parks, target);
            out.println(r.format() == ExportFormat.CSV
                    ? messages.get("cli.wroteFigures", r.figures(), r.parks(), target.toString())
                    : messages.get("cli.wroteParks", r.parks(), target.toString()));
            return 0;
        } catch (ExportException e) {
            err.println("zgc-parks-explorer: " + e.getMessage());
            return 1;
        }
    }
}
