package org.zgcparks.explorer.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.factsheet.BookletOptions;
import org.zgcparks.explorer.factsheet.FactSheetException;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.factsheet.PageFormat;
import org.zgcparks.explorer.factsheet.Progress;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.FilteredParks;
import org.zgcparks.explorer.query.ParkLookup;
import org.zgcparks.explorer.settings.AppInfo;
import org.zgcparks.explorer.settings.AppPaths;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.DaemonPool;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;

/**
 * {@code --export-pdf}: writes fact sheets without starting JavaFX, so it runs on servers with no display.
 * Exit status: 0 written; 2 a bad argument (unknown park, industry or district, unusable tile file); 1 anything
 * else (the dataset cannot be read, a -Dzgc.pdf.font file cannot be used, the file cannot be written).
 */
final class PdfExportCommand {

    private PdfExportCommand() {
    }

    static int run(CommandLine cl, PrintStream out, PrintStream err) {
        CommandLine.ExportOptions ex = cl.export();
        Path target = ex.out().orElseThrow();
        Messages messages = CommandLineFilter.messages(cl); // the sheets and the messages: --lang, else the system's
        AppPaths paths = cl.configDir().map(AppPaths::under).orElseGet(AppPaths::forCurrentUser);
        CommandLineFilter.Loaded loaded = CommandLineFilter.loadChecked(cl, err);
        if (!loaded.ok()) {
            return loaded.exitStatus();
        }
        Dataset ds = loaded.dataset();
        List<Park> parks = new ArrayList<>();
        ParkLookup lookup = new ParkLookup(ds);
        for (String name : ex.parks()) {
            ParkLookup.Result found = lookup.find(name);
            if (!found.found()) {
                err.println("zgc-parks-explorer: " + ParkNames.problem(name, found, ds, messages));
                return 2;
            }
            parks.add(found.matches().get(0));
        }
        String description = "";
        if (ex.all()) {
            FilteredParks matching = FilteredParks.of(ds, CommandLineFilter.filter(cl), messages);
            if (matching.isEmpty()) {
                err.println("zgc-parks-explorer: " + messages.get("cli.noMatch"));
                return 2;
            }
            parks.addAll(matching.parks());
            description = matching.description();
        }
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.loadProblem().ifPresent(problem -> err.println("zgc-parks-explorer: " + problem));
        OfflineBasemap basemap = OfflineBasemap.loadInBackground(messages.locale(), Explorer.basemapFile(),
                DaemonPool.of("basemap-load", 1));
        basemap.setParks(ds.parks());
        FactSheetService sheets = new FactSheetService(TileSetup.services(cl, settings, paths, basemap), messages,
                Clock.systemDefaultZone(), AppInfo.version());
        TileSourceChoice source = TileSetup.spec(cl, settings);
        PageFormat format = new PageFormat(PageFormat.Paper.fromId(ex.paper()).orElse(PageFormat.Paper.A4), ex.landscape());
        try {
            if (parks.size() == 1 && !ex.all() && !ex.charts()) {
                sheets.writePark(ds, parks.get(0), format, source, target);
                out.println(messages.get("cli.wroteSheet", parks.get(0).names().in(messages.locale()), target.toString()));
            } else {
                Progress progress = new Progress();
                sheets.writeBooklet(ds, parks, description, format, source, target, progress,
                        new BookletOptions(messages.locale(), ex.charts()));
                out.println(messages.get("cli.wroteBooklet", parks.size(), progress.pages(), target.toString()));
            }
            return 0;
        } catch (FactSheetException e) {
            err.println("zgc-parks-explorer: " + e.getMessage());
            return 1;
        }
    }
}
