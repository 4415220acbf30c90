package org.zgcparks.explorer.view;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
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
import org.zgcparks.explorer.viewmodel.ParkFilter;

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

    FactSheetActions(Stage owner, ExplorerViewModel vm, Messages messages, SettingsStore settings, MapTiles tiles,
                     FactSheetService sheets) {
        this.owner = owner;
        this.vm = vm;
        this.messages = messages;
        this.settings = settings;
        this.tiles = tiles;
        this.sheets = sheets;
    }

    // ---- export ------------------------------------------------------------------------------------------

    void exportSelected() {
        Park park = vm.selectedParkProperty().get();
        if (park != null) {
            chooseFile(park.id() + ".pdf").ifPresent(f -> exportPark(park, f, PageFormat.A4));
        }
    }

    void exportBooklet() {
        chooseFile(vm.filterProperty().get().isEmpty() ? "zgc-parks.pdf" : "zgc-parks-filtered.pdf")
                .ifPresent(this::exportBooklet);
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

    /** Writes a booklet of the parks matching the filter, with a progress dialog and Cancel. */
    void exportBooklet(Path file) {
        Dataset ds = vm.dataset();
        var matches = vm.matchesProperty().get();
        List<Park> parks = ds.parks().stream().filter(p -> matches.containsKey(p.id())).toList();
        ParkFilter filter = vm.filterProperty().get();
        String description = filter.isEmpty() ? "" : ParkFilter.describe(filter, ds, messages);
        var source = tiles.service().spec();
        Progress progress = new Progress();
        Dialog<Void> dialog = progressDialog(parks.size(), progress);
        dialog.show();
        vm.tasks().run(messages.get("export.running"), () -> {
            sheets.writeBooklet(ds, parks, description, PageFormat.A4, source, file, progress);
            return file;
        }, f -> {
            closeProgress(dialog);
            saved(f);
        }, e -> {
            closeProgress(dialog);
            failed(e);
        });
    }

    private Dialog<Void> progressDialog(int parks, Progress progress) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.setHeaderText(messages.get("export.booklet.title", parks));
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
                pages.setText(messages.get("export.progress", progress.done(), progress.total()));
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

    /** The system print dialog; the sheet is laid out again for the paper and orientation chosen there. */
    void sendToPrinter(Park park) {
        if (Printer.getDefaultPrinter() == null) {
            noPrinter(park);
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            noPrinter(park);
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        Paper paper = layout.getPaper();
        boolean letter = Math.abs(paper.getWidth() - Paper.NA_LETTER.getWidth()) < 5
                && Math.abs(paper.getHeight() - Paper.NA_LETTER.getHeight()) < 5;
        PageFormat format = new PageFormat(letter ? PageFormat.Paper.LETTER : PageFormat.Paper.A4,
                layout.getPageOrientation() == PageOrientation.LANDSCAPE
                        || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE);
        renderSheet(park, format, 200, image -> {
            ImageView page = new ImageView(image);
            page.setPreserveRatio(true);
            page.setFitWidth(layout.getPrintableWidth());
            page.setFitHeight(layout.getPrintableHeight());
            boolean ok = job.printPage(layout, page) && job.endJob();
            if (!ok) {
                failed(new FactSheetException(messages.get("print.failed", job.getJobStatus())));
            }
        });
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
                chooseFile(park.id() + ".pdf").ifPresent(f -> exportPark(park, f, PageFormat.A4));
            }
        });
        alert.show();
    }

    private static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        return MapTiles.imageOf(new RasterTile(w, h, img.getRGB(0, 0, w, h, null, 0, w)));
    }
}
