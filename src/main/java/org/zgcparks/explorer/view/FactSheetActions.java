package org.zgcparks.explorer.view;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.print.PrintService;
import org.zgcparks.explorer.factsheet.BookletOptions;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.factsheet.PageFormat;
import org.zgcparks.explorer.factsheet.Progress;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.i18n.FileNames;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.FilteredParks;
import org.zgcparks.explorer.settings.FolderPrefs;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.BackgroundTask;
import org.zgcparks.explorer.task.TaskContext;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * File › Print…, Export PDF…, Export booklet… and Print booklet…: the PDF is written as a background task (a booklet
 * with a dialog bound to the task's progress, and Cancel), and every failure is shown. Printing (preview, the
 * system print dialog, sending) is {@link FactSheetPrinting}'s.
 */
final class FactSheetActions {

    private final Stage owner;
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final SettingsStore settings;
    private final MapTiles tiles;
    private final FactSheetService sheets;
    private final FileNames fileNames;
    private final Clock clock = Clock.systemDefaultZone();
    private final FactSheetPrinting printing;

    FactSheetActions(Stage owner, ExplorerViewModel vm, Messages messages, SettingsStore settings, MapTiles tiles,
                     FactSheetService sheets) {
        this.owner = owner;
        this.vm = vm;
        this.messages = messages;
        this.settings = settings;
        this.tiles = tiles;
        this.sheets = sheets;
        this.fileNames = new FileNames(messages);
        this.printing = new FactSheetPrinting(owner, vm, messages, tiles, sheets, fileNames,
                park -> chooseFile(fileNames.factSheet(park, LocalDate.now(clock)))
                        .ifPresent(f -> exportPark(park, f, PageFormat.A4)),
                this::exportBooklet, this::failed);
    }

    // ---- export ------------------------------------------------------------------------------------------

    void exportSelected() {
        Park park = vm.selectedParkProperty().get();
        if (park != null) {
            chooseFile(fileNames.factSheet(park, LocalDate.now(clock))).ifPresent(f -> exportPark(park, f, PageFormat.A4));
        }
    }

    /** File › Export booklet…: the booklet's language and charts, then the file, then the booklet. */
    void exportBooklet() {
        new BookletOptionsDialog(owner, messages).show(this::exportBooklet);
    }

    private void exportBooklet(BookletOptions options) {
        FilteredParks booklet = bookletParks(options);
        chooseFile(new FileNames(new Messages(options.language())).booklet(booklet.description(), booklet.parks().size()))
                .ifPresent(f -> exportBooklet(f, options));
    }

    /** The parks matching the filter, the filter described in the booklet's language. */
    private FilteredParks bookletParks(BookletOptions options) {
        return vm.filteredParks(new Messages(options.language()));
    }

    /** Writes the park's fact sheet to a file (in the background), then says where it is. */
    void exportPark(Park park, Path file, PageFormat format) {
        Dataset ds = vm.dataset();
        var source = tiles.source().spec();
        vm.tasks().run(messages.get("export.running"), () -> {
            sheets.writePark(ds, park, format, source, file);
            return file;
        }, this::saved, this::failed);
    }

    /** Writes a booklet of the parks matching the filter in the app's language, without charts. */
    void exportBooklet(Path file) {
        exportBooklet(file, BookletOptions.plain(messages.locale()));
    }

    /** Writes a booklet of the parks matching the filter, as the options say, with a progress dialog and Cancel. */
    void exportBooklet(Path file, BookletOptions options) {
        Dataset ds = vm.dataset();
        FilteredParks booklet = bookletParks(options);
        List<Park> parks = booklet.parks();
        String description = booklet.description();
        var source = tiles.source().spec();
        BackgroundTask<Path> task = BackgroundTask.of(messages.get("export.running"), (TaskContext t) -> {
            sheets.writeBooklet(ds, parks, description, PageFormat.A4, source, file,
                    progressOf(t, messages, "export.progress"), options);
            return file;
        }).onSuccess(this::saved).onFailure(this::failed);
        TaskProgressDialog.show(owner, messages, task, messages.get("export.title"),
                messages.get("export.booklet.title", parks.size()), "export-dialog");
        vm.tasks().execute(task);
    }

    /**
     * A fact-sheet progress that the task follows: its counts become the task's progress and message (the message
     * {@code key} with the count done and the total), and the task's Cancel cancels it.
     */
    static Progress progressOf(TaskContext task, Messages messages, String key) {
        Progress progress = new Progress(p -> {
            task.updateProgress(p.done(), p.total());
            task.updateMessage(messages.get(key, p.done(), p.total()));
        });
        task.onCancel(progress::cancel);
        return progress;
    }

    private void saved(Path file) {
        FolderPrefs.exported(settings, file);
        Alert done = new Alert(Alert.AlertType.INFORMATION, messages.get("export.done", file), Buttons.ok(messages));
        done.initOwner(owner);
        done.setTitle(messages.get("export.title"));
        done.setHeaderText(null);
        done.getDialogPane().setId("export-done-dialog");
        done.show();
    }

    private void failed(Throwable e) {
        boolean cancelled = e instanceof CancellationException;
        Alert alert = new Alert(cancelled ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR,
                cancelled ? messages.get("export.cancelled") : String.valueOf(e.getMessage()), Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("export.title"));
        alert.setHeaderText(cancelled ? null : messages.get("export.failed"));
        alert.getDialogPane().setId(cancelled ? "export-cancelled-dialog" : "export-failed-dialog");
        alert.show();
    }

    private Optional<Path> chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        FolderPrefs.load(settings).existingExportFolder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? p : p.resolveSibling(p.getFileName() + ".pdf"));
    }

    // ---- print -------------------------------------------------------------------------------------------

    /** File › Print…: the selected park's sheet in a preview with a Print… button. */
    void print() {
        printing.print();
    }

    /** Sends the park's sheet to the printer chosen in the system print dialog. */
    void sendToPrinter(Park park) {
        printing.sendToPrinter(park);
    }

    /** File › Print booklet…: the booklet's language and charts, then the printer, then the booklet. */
    void printBooklet() {
        new BookletOptionsDialog(owner, messages).show(printing::printBooklet);
    }

    /** What the status bar says about the last print job (sent where, or why not). */
    ReadOnlyStringProperty noticeProperty() {
        return printing.noticeProperty();
    }

    /** Where printers come from and how the user picks one; tests and scripted checks replace the dialog. */
    record PrintSetup(Supplier<Optional<PrintService>> printers, SheetPrinter.Dialog dialog) {
        static PrintSetup system() {
            return new PrintSetup(SheetPrinter::defaultPrinter, SheetPrinter.systemDialog());
        }
    }

    void usePrintSetup(PrintSetup setup) {
        printing.usePrintSetup(setup);
    }
}
