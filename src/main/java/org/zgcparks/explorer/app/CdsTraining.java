package org.zgcparks.explorer.app;

import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;

/**
 * The training run for the installed app's class-data-sharing archive (AppCDS): the installer's post-install
 * script runs it once with {@code -XX:ArchiveClassesAtExit}, and the launcher then starts with
 * {@code -XX:SharedArchiveFile}. It loads the classes of the first frame (the list {@link ClassPreloader} uses)
 * and reads the bundled dataset, without opening a window, so it needs no display.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws DatasetException {
        System.setProperty("java.awt.headless", "true");
        ClassPreloader.preload();
        new DatasetLoader().loadBundled();
    }
}
