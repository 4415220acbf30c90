package org.zgcparks.explorer.view;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.task.TaskRunner;

/**
 * Opens web pages in the user's browser with the platform's own opener ({@code xdg-open}, {@code open},
 * {@code rundll32}); the app runs without AWT and is not a JavaFX {@code Application}, so neither
 * {@code Desktop} nor {@code HostServices} is available. The opener runs as a background task (it may wait for the
 * desktop's file associations); if no browser starts, a dialog shows the address to copy.
 */
final class WebLinks {

    private static final Logger LOG = Logger.getLogger(WebLinks.class.getName());

    private final Window owner;
    private final Messages messages;
    private final TaskRunner tasks;

    WebLinks(Window owner, Messages messages, TaskRunner tasks) {
        this.owner = owner;
        this.messages = messages;
        this.tasks = tasks;
    }

    void open(String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return;
        }
        tasks.run(messages.get("link.opening"), () -> launch(url), opened -> {
            if (!opened) {
                fallbackDialog(url).show();
            }
        }, e -> fallbackDialog(url).show());
    }

    private static boolean launch(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            LOG.info("No browser opener (" + command.get(0) + "): " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The address, selectable, for the user to copy into a browser. */
    Alert fallbackDialog(String url) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("link.title"));
        alert.setHeaderText(messages.get("link.header"));
        TextField field = new TextField(url);
        field.setId("link-url");
        field.setEditable(false);
        field.setPrefColumnCount(40);
        alert.getDialogPane().setContent(field);
        alert.getDialogPane().setId("link-dialog");
        return alert;
    }
}
