package org.zgcparks.explorer.view;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.zgcparks.explorer.factsheet.BookletOptions;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.factsheet.PageFormat;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.i18n.FileNames;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.FilteredParks;
import org.zgcparks.explorer.task.BackgroundTask;
import org.zgcparks.explorer.task.TaskContext;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * Printing fact sheets: the selected park's sheet in a preview, the system print dialog, then the sheet (or a booklet
 * of the filtered parks) laid out for the paper chosen there and sent as a background task; the status bar says
 * where it went, or why not. With no printer, offers to export a PDF instead ({@link FactSheetActions}).
 */
final class FactSheetPrinting {

    private final Stage owner;
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final MapTiles tiles;
    private final FactSheetService sheets;
    private final FileNames fileNames;
    private final Consumer<Park> exportParkInstead;
    private final Consumer<BookletOptions> exportBookletInstead;
    private final Consumer<Throwable> renderFailed;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private FactSheetActions.PrintSetup printSetup = FactSheetActions.PrintSetup.system();

    /**
     * @param exportParkInstead    asks for a file and exports the park's sheet (offered when there is no printer)
     * @param exportBookletInstead asks for a file and exports the booklet with the options chosen for printing it (offered when there is no printer)
     * @param renderFailed         shows why a sheet could not be made for the preview
     */
    FactSheetPrinting(Stage owner, ExplorerViewModel vm, Messages messages, MapTiles tiles, FactSheetService sheets,
                      FileNames fileNames, Consumer<Park> exportParkInstead, Consumer<BookletOptions> exportBookletInstead,
                      Consumer<Throwable> renderFailed) {
        this.owner = owner;
        this.vm = vm;
        this.messages = messages;
        this.tiles = tiles;
        this.sheets = sheets;
        this.fileNames = fileNames;
        this.exportParkInstead = exportParkInstead;
        this.exportBookletInstead = exportBookletInstead;
        this.renderFailed = renderFailed;
    }

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
        var source = tiles.source().spec();
        vm.tasks().run(messages.get("export.running"), () -> {
            Path tmp = Files.createTempFile("zgc-fact-sheet", ".pdf");
            try {
                sheets.writePark(ds, park, format, source, tmp);
                return FactSheetService.renderPage(tmp, 0, dpi);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }, img -> then.accept(toFx(img)), renderFailed);
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
        var source = tiles.source().spec();
        choosePrinter(messages.get("print.jobName", park.names().en()), () -> noPrinter(park), choice ->
                vm.tasks().execute(BackgroundTask.of(messages.get("print.running"), (TaskContext t) -> {
                    Path tmp = Files.createTempFile("zgc-print", ".pdf");
                    try {
                        sheets.writePark(ds, park, choice.pageFormat(), source, tmp);
                        return SheetPrinter.print(tmp, choice, FactSheetActions.progressOf(t, messages, "print.progress"));
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }).onSuccess(this::printed).onFailure(this::printFailed)));
    }

    /**
     * The parks matching the filter: the system print dialog, then the booklet laid out for the paper chosen there
     * and sent, as one task that a dialog follows (parks laid out, then pages sent) and that Cancel stops.
     */
    void printBooklet(BookletOptions options) {
        Dataset ds = vm.dataset();
        FilteredParks booklet = vm.filteredParks(new Messages(options.language()));
        List<Park> parks = booklet.parks();
        String description = booklet.description();
        var source = tiles.source().spec();
        choosePrinter(messages.get("print.jobName", fileNames.booklet(description, parks.size()).replaceFirst("\\.pdf$", "")),
                () -> noPrinterForBooklet(options), choice -> {
                    BackgroundTask<SheetPrinter.Receipt> task = BackgroundTask.of(messages.get("print.running"),
                            (TaskContext t) -> {
                                Path tmp = Files.createTempFile("zgc-print-booklet", ".pdf");
                                try {
                                    sheets.writeBooklet(ds, parks, description, choice.pageFormat(), source, tmp,
                                            FactSheetActions.progressOf(t, messages, "export.progress"), options);
                                    return SheetPrinter.print(tmp, choice,
                                            FactSheetActions.progressOf(t, messages, "print.progress"));
                                } finally {
                                    Files.deleteIfExists(tmp);
                                }
                            }).onSuccess(this::printed).onFailure(this::printFailed);
                    TaskProgressDialog.show(owner, messages, task, messages.get("print.title"),
                            messages.get("print.booklet.title", parks.size()), "print-progress-dialog");
                    vm.tasks().execute(task);
                });
    }

    /** Finds the printer and asks the dialog in the background; {@code none} runs when there is no printer at all. */
    private void choosePrinter(String jobName, Runnable none, Consumer<SheetPrinter.Choice> then) {
        FactSheetActions.PrintSetup setup = printSetup;
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
                Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("print-failed-dialog");
        alert.show();
    }

    private void noPrinter(Park park) {
        offerExportInstead(() -> exportParkInstead.accept(park));
    }

    private void noPrinterForBooklet(BookletOptions options) {
        offerExportInstead(() -> exportBookletInstead.accept(options));
    }

    /** No printer at all: says so and offers to write the PDF instead. */
    private void offerExportInstead(Runnable export) {
        ButtonType exportButton = new ButtonType(messages.get("print.exportInstead"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("print.noPrinter"), exportButton,
                Buttons.cancel(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("no-printer-dialog");
        alert.getDialogPane().lookupButton(exportButton).setId("no-printer-export");
        alert.setOnHidden(e -> {
            if (alert.getResult() == exportButton) {
                export.run();
            }
        });
        alert.show();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void usePrintSetup(FactSheetActions.PrintSetup setup) {
        this.printSetup = setup;
    }

    private static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        return MapTiles.imageOf(new RasterTile(w, h, img.getRGB(0, 0, w, h, null, 0, w)));
    }
}
