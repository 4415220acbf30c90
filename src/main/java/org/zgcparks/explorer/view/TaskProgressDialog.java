package org.zgcparks.explorer.view;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.task.BackgroundTask;

/**
 * A dialog that follows one background task: its progress bar and message are bound to the task's properties, and
 * Cancel (or closing the dialog) cancels the task. The dialog stays until the work has really stopped, and closes
 * itself when the task ends, before the task's own callbacks run.
 */
final class TaskProgressDialog {

    private TaskProgressDialog() {
    }

    /** Shows the dialog for the task (which should not have started, so that no change is missed). */
    static Dialog<Void> show(Window owner, Messages messages, BackgroundTask<?> task, String title, String header,
                             String paneId) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label pages = new Label();
        pages.setId("export-pages");
        pages.textProperty().bind(task.messageProperty());
        dialog.getDialogPane().setContent(new VBox(8, bar, pages));
        dialog.getDialogPane().setId(paneId);
        ButtonType cancel = new ButtonType(messages.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(cancel);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("export-cancel");
        cancelButton.disableProperty().bind(task.cancelledProperty());
        // Cancel asks; the task's end closes the dialog
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            task.cancel();
            e.consume();
        });
        dialog.setOnCloseRequest(e -> {
            if (!task.stateProperty().get().isDone()) {
                task.cancel();
                e.consume();
            }
        });
        task.stateProperty().addListener((obs, old, state) -> {
            if (state.isDone()) {
                dialog.close();
            }
        });
        dialog.show();
        return dialog;
    }
}
