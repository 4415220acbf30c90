package org.zgcparks.explorer.view.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** In Chinese, a search hit names the park in Chinese and then in English, not twice in Chinese. */
@ExtendWith(ApplicationExtension.class)
class SearchHitsLanguageUiTest {

    @Start
    void start(Stage stage) throws Exception {
        ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        vm.setDataset(new DatasetLoader().loadBundled(), "bundled");
        stage.setScene(new Scene(new ParkListView(vm, new Messages(Locale.CHINESE)), 420, 900));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void aChineseHitGivesTheChineseThenTheEnglishNameAndListsDistrictsWithTheChineseComma(FxRobot robot)
            throws Exception {
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> search.setText("北京经济技术开发区")).get();
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#search-hit-bda").queryAs(Labeled.class).getText();
        assertEquals("北京经济技术开发区  Beijing Economic-Technological Development Area (E-Town)\n园区 · 开发区 · 大兴区、通州区",
                text);
    }
}
