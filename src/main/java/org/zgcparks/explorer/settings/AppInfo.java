package org.zgcparks.explorer.settings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name, version and home page, from the build. */
public final class AppInfo {

    public static final String NAME = "ZGC Parks Explorer";
    public static final String URL = "https://github.com/zgc-parks-explorer/zgc-parks-explorer";

    private AppInfo() {
    }

    /** The version the build stamped into the app, e.g. {@code 0.1.0}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
