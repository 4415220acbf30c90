package org.zgcparks.explorer.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.Problem;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.AppInfo;

/** The app's dialogs. Each is returned unshown so that callers (and tests) decide how to show it. */
final class Dialogs {

    private Dialogs() {
    }

    /** Lists every problem of a dataset that could not be opened. */
    static Alert datasetProblems(Window owner, Messages messages, String file, DatasetException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("problems.title"));
        alert.setHeaderText(messages.get("problems.header", file, e.problems().size()));
        TextArea list = new TextArea(e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        list.setId("dataset-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        list.setPrefColumnCount(80);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(8, new Label(messages.get("problems.kept")), list));
        alert.getDialogPane().setId("dataset-problems-dialog");
        alert.setResizable(true);
        return alert;
    }

    /** File › Open dataset…: a JSON file, starting in the folder of the last one opened; empty if cancelled. */
    static Optional<Path> chooseDataset(Window owner, Messages messages, Optional<Path> lastFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("open.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("open.filter.all"), "*"));
        lastFolder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** @param basemapCredit the offline basemap's credit (empty when it has no data) */
    static Alert about(Window owner, Messages messages, Dataset dataset, String basemapCredit) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(AppInfo.NAME + " " + AppInfo.version());
        StringBuilder sb = new StringBuilder();
        sb.append(messages.get("about.text")).append("\n\n");
        if (dataset != null) {
            sb.append(messages.get("about.sources")).append('\n');
            dataset.sources().forEach(s -> sb.append("• ").append(messages.get("source.full", s.title(messages.locale()),
                    s.publisher(messages.locale()), s.date())).append('\n'));
            sb.append('\n');
        }
        sb.append(messages.get("about.licences"));
        if (!basemapCredit.isBlank()) {
            sb.append("\n\n").append(messages.get("about.basemap")).append('\n').append(basemapCredit);
        }
        TextArea text = new TextArea(sb.toString());
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(16);
        text.setPrefColumnCount(70);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-dialog");
        alert.setResizable(true);
        return alert;
    }
}
