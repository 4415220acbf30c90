package org.zgcparks.explorer.i18n;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The font the app ships, so that Chinese, Russian and Latin text render on any machine, whatever fonts it has:
 * WenQuanYi Micro Hei, TrueType outlines, Apache-2.0 (see resources/fonts/README.md). The UI loads it into
 * JavaFX, the fact sheets embed subsets of it.
 */
public final class BundledFont {

    /** Where the font is on the class path. */
    public static final String RESOURCE = "/bundled/fonts/wqy-microhei.ttf";
    /** Its family name, as JavaFX and CSS know it once loaded. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private BundledFont() {
    }

    /** The font file's bytes; the caller closes the stream. */
    public static InputStream open() throws IOException {
        InputStream in = BundledFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new FileNotFoundException("the bundled font " + RESOURCE + " is missing from the app");
        }
        return in;
    }
}
