package org.zgcparks.explorer.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.factsheet.ExportFiles;
import org.zgcparks.explorer.settings.AppInfo;
import org.zgcparks.explorer.settings.AppPaths;

/**
 * The launcher. It is deliberately not a JavaFX {@code Application}, so that the app runs from a plain class
 * path ({@code java -jar}) without module-path flags; it parses the command line and hands over to the
 * composition root.
 */
public final class Main {

    /** Held so that the logger keeps its level (loggers are weakly referenced). */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");
    private static final Logger ATTACH_LOGGER = Logger.getLogger("com.gluonhq.attach");

    private Main() {
    }

    public static void main(String[] args) {
        // JavaFX warns once that it was loaded from the class path, which is how this app is meant to run.
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        // Gluon Attach (pulled in by Gluon Maps) announces at INFO that it assumes a desktop platform.
        ATTACH_LOGGER.setLevel(Level.WARNING);

        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println("zgc-parks-explorer: " + e.getMessage());
            System.err.println("Try 'java -jar zgc-parks-explorer.jar --help' for the options.");
            System.exit(2);
            return;
        }
        if (cl.help()) {
            System.out.println(CommandLine.usage());
            return;
        }
        if (cl.version()) {
            System.out.println(AppInfo.NAME + " " + AppInfo.version());
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(new FatalErrors(System.err));
        ExportFiles.removeStaleScratch(); // the page caches of exports that were killed
        if (cl.exportData().isPresent()) {
            System.exit(DataExportCommand.run(cl, System.out, System.err));
            return;
        }
        if (cl.export().out().isPresent()) {
            // The PDF export draws with Java2D off-screen only and must run with no display at all.
            System.setProperty("java.awt.headless", "true");
            // the export logs like the window does: into the cache folder's log, not onto the terminal
            LogSetup.configure(cl.configDir().map(AppPaths::under).orElseGet(AppPaths::forCurrentUser).cacheDir());
            System.exit(PdfExportCommand.run(cl, System.out, System.err));
            return;
        }
        // The window keeps AWT's own choice (headless only where there is no display): the system print dialog is
        // an AWT dialog, and a headless AWT could neither show it nor let the user pick a printer.
        LinkScheme.registerIfInstalled(System.getProperty("os.name", ""), System.getProperty("jpackage.app-path"));
        Explorer.launch(cl, OpenedLinks.fromDesktop(System.getProperty("os.name", "")));
    }
}
