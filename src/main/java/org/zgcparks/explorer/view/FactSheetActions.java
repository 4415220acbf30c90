package org.zgcparks.explorer.view;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javax.print.PrintService;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.i18n.FileNames;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.zgcparks.explorer.factsheet.BookletOptions;
import org.zgcparks.explorer.factsheet.FactSheetException;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.factsheet.PageFormat;
import org.zgcparks.explorer.factsheet.Progress;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.query.FilteredParks;

/**
 * File › Print…, Export PDF… and Export booklet…: the PDF is written in the background (progress and Cancel for
 * booklets), printing goes through a preview and the system print dialog, and every failure is shown.
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
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private PrintSetup printSetup = PrintSetup.system();

    FactSheetActions(Stage owner, ExplorerViewModel vm, Messages messages, SettingsStore settings, MapTiles tiles,
                     FactSheetService sheets) {
        this.owner = owner;
        this.vm = vm;
        this.messages = messages;
        this.settings = settings;
        this.tiles = tiles;
        this.sheets = sheets;
        this.fileNames = new FileNames(messages);
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
        var source = tiles.service().spec();
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
        var source = tiles.service().spec();
        Progress progress = new Progress();
        Dialog<Void> dialog = progressDialog(messages.get("export.title"), messages.get("export.booklet.title", parks.size()),
                progress);
        dialog.show();
        vm.tasks().run(messages.get("export.running"), () -> {
            sheets.writeBooklet(ds, parks, description, PageFormat.A4, source, file, progress, options);
            return file;
        }, f -> {
            closeProgress(dialog);
            saved(f);
        }, e -> {
            closeProgress(dialog);
            failed(e);
        });
    }

    private Dialog<Void> progressDialog(String title, String header, Progress progress) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ProgressBar bar = new ProgressBar(0);
        bar.setId("export-progress");
        bar.setPrefWidth(360);
        Label pages = new Label();
        pages.setId("export-pages");
        dialog.getDialogPane().setContent(new VBox(8, bar, pages));
        dialog.getDialogPane().setId("export-dialog");
        ButtonType cancel = new ButtonType(messages.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(cancel);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("export-cancel");
        // the dialog stays until the work has really stopped: Cancel asks, the task's end closes it
        cancelButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            progress.cancel();
            cancelButton.setDisable(true);
            e.consume();
        });
        dialog.setOnCloseRequest(e -> {
            if (!dialog.getDialogPane().getProperties().containsKey("done")) {
                progress.cancel();
                e.consume();
            }
        });
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> {
            if (progress.total() > 0) {
                bar.setProgress((double) progress.done() / progress.total());
                pages.setText(messages.get(progress.pages() > 0 ? "print.progress" : "export.progress",
                        progress.done(), progress.total()));
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        dialog.getDialogPane().getProperties().put("poll", poll);
        return dialog;
    }

    private static void closeProgress(Dialog<Void> dialog) {
        ((Timeline) dialog.getDialogPane().getProperties().get("poll")).stop();
        dialog.getDialogPane().getProperties().put("done", true);
        dialog.close();
    }

    private void saved(Path file) {
        settings.put("export.lastFolder", file.toAbsolutePath().getParent().toString());
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

    private java.util.Optional<Path> chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        settings.get("export.lastFolder").map(File::new).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return java.util.Optional.empty();
        }
        Path p = f.toPath();
        return java.util.Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? p : p.resolveSibling(p.getFileName() + ".pdf"));
    }

    // ---- print -------------------------------------------------------------------------------------------

    /** Makes the selected park's sheet, then shows it in a preview with a Print… button. */
    void print() {
        Park park = vm.selectedParkProperty().get();
        if (park == null) {
            return;
        }
        renderSheet(park, PageFormat.A4, 96, image -> preview(park, image));
    }

    /** Writes the sheet to a temporary PDF in the background and hands its first page, as an image, to the FX thread. */
    private void renderSheet(Park park, PageFormat format, float dpi, Consumer<WritableImage> then) {
        Dataset ds = vm.dataset();
        var source = tiles.service().spec();
        vm.tasks().run(messages.get("export.running"), () -> {
            Path tmp = Files.createTempFile("zgc-fact-sheet", ".pdf");
            try {
                sheets.writePark(ds, park, format, source, tmp);
                return FactSheetService.renderPage(tmp, 0, dpi);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }, img -> then.accept(toFx(img)), this::failed);
    }

    private void preview(Park park, WritableImage page) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("print.title"));
        dialog.setHeaderText(messages.get("print.preview", park.names().in(messages.locale())));
        ImageView view = new ImageView(page);
        view.setId("print-preview-image");
        view.setPreserveRatio(true);
        view.setFitHeight(Math.min(760, page.getHeight()));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setPrefViewportWidth(view.getFitHeight() * page.getWidth() / page.getHeight() + 4);
        scroll.setPrefViewportHeight(Math.min(620, view.getFitHeight()));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("print-preview-dialog");
        ButtonType print = new ButtonType(messages.get("print.print"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(print, Buttons.cancel(messages));
        dialog.getDialogPane().lookupButton(print).setId("print-print");
        dialog.setResizable(true);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == print) {
                sendToPrinter(park);
            }
        });
        dialog.show();
    }

    /**
     * The system print dialog (printer, copies, page range, paper, orientation), then the sheet laid out again for
     * the paper and orientation chosen there and sent to the printer; the status bar says where it went, or why it
     * failed. With no printer, offers to export a PDF instead.
     */
    void sendToPrinter(Park park) {
        Dataset ds = vm.dataset();
        var source = tiles.service().spec();
        choosePrinter(messages.get("print.jobName", park.names().en()), () -> noPrinter(park), choice ->
                vm.tasks().run(messages.get("print.running"), () -> {
                    Path tmp = Files.createTempFile("zgc-print", ".pdf");
                    try {
                        sheets.writePark(ds, park, choice.pageFormat(), source, tmp);
                        return SheetPrinter.print(tmp, choice, new Progress());
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }, this::printed, this::printFailed));
    }

    /** File › Print booklet…: the booklet's language and charts, then the printer, then the booklet. */
    void printBooklet() {
        new BookletOptionsDialog(owner, messages).show(this::printBooklet);
    }

    /** Prints the parks matching the filter, as the options say, with progress and Cancel while made and sent. */
    void printBooklet(BookletOptions options) {
        Dataset ds = vm.dataset();
        FilteredParks booklet = bookletParks(options);
        List<Park> parks = booklet.parks();
        String description = booklet.description();
        var source = tiles.service().spec();
        choosePrinter(messages.get("print.jobName", fileNames.booklet(description, parks.size()).replaceFirst("\\.pdf$", "")),
                () -> noPrinterForBooklet(options), choice -> {
                    Progress progress = new Progress();
                    Dialog<Void> dialog = progressDialog(messages.get("print.title"),
                            messages.get("print.booklet.title", parks.size()), progress);
                    dialog.getDialogPane().setId("print-progress-dialog");
                    dialog.show();
                    vm.tasks().run(messages.get("print.running"), () -> {
                        Path tmp = Files.createTempFile("zgc-print-booklet", ".pdf");
                        try {
                            sheets.writeBooklet(ds, parks, description, choice.pageFormat(), source, tmp, progress,
                                    options);
                            return SheetPrinter.print(tmp, choice, progress);
                        } finally {
                            Files.deleteIfExists(tmp);
                        }
                    }, r -> {
                        closeProgress(dialog);
                        printed(r);
                    }, e -> {
                        closeProgress(dialog);
                        printFailed(e);
                    });
                });
    }

    /** Finds the printer and asks the dialog in the background; {@code none} runs when there is no printer at all. */
    private void choosePrinter(String jobName, Runnable none, Consumer<SheetPrinter.Choice> then) {
        PrintSetup setup = printSetup;
        vm.tasks().run(messages.get("print.choosing"), () -> setup.printers().get().map(printer ->
                        setup.dialog().ask(printer, SheetPrinter.initial(PageFormat.A4, jobName))),
                found -> {
                    if (found.isEmpty()) {
                        none.run();
                    } else if (found.get().isEmpty()) {
                        notice.set(messages.get("print.notPrinted"));
                    } else {
                        then.accept(found.get().get());
                    }
                }, this::printFailed);
    }

    private void printed(SheetPrinter.Receipt receipt) {
        notice.set(messages.get("print.sent", receipt.printer(), receipt.pages()));
    }

    private void printFailed(Throwable e) {
        if (e instanceof CancellationException) {
            notice.set(messages.get("print.cancelled"));
            return;
        }
        notice.set(messages.get("print.failed", String.valueOf(e.getMessage())));
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("print.failed", String.valueOf(e.getMessage())),
                ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("print-failed-dialog");
        alert.show();
    }

    private void noPrinter(Park park) {
        ButtonType export = new ButtonType(messages.get("print.exportInstead"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("print.noPrinter"), export, Buttons.cancel(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("no-printer-dialog");
        alert.getDialogPane().lookupButton(export).setId("no-printer-export");
        alert.setOnHidden(e -> {
            if (alert.getResult() == export) {
                chooseFile(fileNames.factSheet(park, LocalDate.now(clock))).ifPresent(f -> exportPark(park, f, PageFormat.A4));
            }
        });
        alert.show();
    }

    private void noPrinterForBooklet(BookletOptions options) {
        ButtonType export = new ButtonType(messages.get("print.exportInstead"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("print.noPrinter"), export, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("no-printer-dialog");
        alert.getDialogPane().lookupButton(export).setId("no-printer-export");
        alert.setOnHidden(e -> {
            if (alert.getResult() == export) {
                exportBooklet(options);
            }
        });
        alert.show();
    }

    /** What the status bar says about the last print job (sent where, or why not). */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Where printers come from and how the user picks one; tests and scripted checks replace the dialog. */
    record PrintSetup(Supplier<Optional<PrintService>> printers, SheetPrinter.Dialog dialog) {
        static PrintSetup system() {
            return new PrintSetup(SheetPrinter::defaultPrinter, SheetPrinter.systemDialog());
        }
    }

    void usePrintSetup(PrintSetup setup) {
        this.printSetup = setup;
    }

    private static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        return MapTiles.imageOf(new RasterTile(w, h, img.getRGB(0, 0, w, h, null, 0, w)));
    }
}
