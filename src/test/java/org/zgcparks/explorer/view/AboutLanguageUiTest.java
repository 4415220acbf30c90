package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;

/** The About dialog cites the sources with the punctuation of the window's language. */
@ExtendWith(ApplicationExtension.class)
class AboutLanguageUiTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void chineseCitationsUseTheChineseComma() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        Alert about = WaitForAsyncUtils.asyncFx(() -> Dialogs.about(stage, new Messages(Locale.CHINESE), ds, "")).get();
        String text = ((TextArea) about.getDialogPane().lookup("#about-text")).getText();
        assertTrue(text.contains("《新京报》，2024-09-19"), text);
        assertFalse(text.contains("》, 20"), text);
    }
}
