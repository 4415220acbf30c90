package org.zgcparks.explorer.view;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.zgcparks.explorer.factsheet.BookletOptions;
import org.zgcparks.explorer.i18n.Messages;

/**
 * Asked before Export booklet…'s file chooser and Print booklet…'s printer: the language the booklet is written in
 * (English, 中文, Русский, each named in its own language; the app's language first chosen) and whether it has
 * chart pages. Shown without blocking: the choice is handed on when the user continues; Cancel ends there.
 */
public final class BookletOptionsDialog {

    private final Dialog<BookletOptions> dialog = new Dialog<>();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final CheckBox charts = new CheckBox();

    public BookletOptionsDialog(Window owner, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("booklet.options.title"));
        dialog.setHeaderText(messages.get("booklet.options.header"));
        dialog.getDialogPane().setId("booklet-options-dialog");

        language.setId("booklet-options-language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : messages.get("booklet.options.lang." + l.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue(Messages.supported(messages.locale()));
        Label languageLabel = new Label(messages.get("booklet.options.language"));
        languageLabel.setLabelFor(language);
        charts.setId("booklet-options-charts");
        charts.setText(messages.get("booklet.options.charts"));
        charts.setWrapText(true);
        charts.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.addRow(0, languageLabel, language);
        grid.add(charts, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType go = new ButtonType(messages.get("booklet.options.continue"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, Buttons.cancel(messages));
        ((Button) dialog.getDialogPane().lookupButton(go)).setId("booklet-options-continue");
        dialog.setResultConverter(b -> b == go ? new BookletOptions(language.getValue(), charts.isSelected()) : null);
    }

    /**
     * Shows the dialog and returns at once; {@code then} runs with the options if the user continues (after the
     * dialog has closed, so that it may open a file chooser or the print dialog).
     */
    public void show(Consumer<BookletOptions> then) {
        dialog.setOnHidden(e -> {
            BookletOptions chosen = dialog.getResult();
            if (chosen != null) {
                Platform.runLater(() -> then.accept(chosen));
            }
        });
        dialog.show();
    }

    Dialog<BookletOptions> dialog() {
        return dialog;
    }
}
