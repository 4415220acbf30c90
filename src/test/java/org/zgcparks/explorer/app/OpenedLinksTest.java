package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links the desktop opens (macOS's open-URL events) reach the window, also those that come before it exists. */
class OpenedLinksTest {

    @Test
    void linksBeforeTheWindowWaitAndLinksAfterGoStraightThrough() {
        OpenedLinks links = new OpenedLinks();
        links.offer("zgcparks://park/bda?lang=zh");
        links.offer("not a link");
        List<String> selected = new ArrayList<>();
        links.deliverTo(selected::add);
        assertEquals(List.of("bda"), selected);
        links.offer("zgcparks://park/inno-way");
        assertEquals(List.of("bda", "inno-way"), selected);
    }

    @Test
    void elsewhereThanMacOsNoDesktopHandlerIsInstalled() {
        List<String> selected = new ArrayList<>();
        OpenedLinks links = OpenedLinks.fromDesktop("Linux");
        links.deliverTo(selected::add);
        assertEquals(List.of(), selected);
    }
}
