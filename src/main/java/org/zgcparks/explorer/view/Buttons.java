package org.zgcparks.explorer.view;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.zgcparks.explorer.i18n.Messages;

/**
 * OK and Cancel in the app's language. JavaFX's own {@code ButtonType.OK}/{@code CANCEL} take their text from the
 * JVM's default locale once, when the class loads, so they stay English under {@code --lang zh} or {@code ru}.
 */
final class Buttons {

    private Buttons() {
    }

    static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("button.ok"), ButtonData.OK_DONE);
    }

    static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }
}
