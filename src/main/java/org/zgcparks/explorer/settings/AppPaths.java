package org.zgcparks.explorer.settings;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps the user's settings and caches, following each platform's conventions. */
public record AppPaths(Path configDir, Path cacheDir) {

    private static final String APP = "zgc-parks-explorer";

    /** The user's folders: XDG on Linux, %APPDATA%/%LOCALAPPDATA% on Windows, ~/Library on macOS. */
    public static AppPaths forCurrentUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            Path roaming = envPath("APPDATA", home.resolve("AppData/Roaming"));
            Path local = envPath("LOCALAPPDATA", home.resolve("AppData/Local"));
            return new AppPaths(roaming.resolve("ZGC Parks Explorer"), local.resolve("ZGC Parks Explorer/Cache"));
        }
        if (os.contains("mac")) {
            return new AppPaths(home.resolve("Library/Application Support/ZGC Parks Explorer"),
                    home.resolve("Library/Caches/ZGC Parks Explorer"));
        }
        return new AppPaths(envPath("XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                envPath("XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP));
    }

    /** Both folders under one root (for --config-dir and tests). */
    public static AppPaths under(Path root) {
        return new AppPaths(root.resolve("config"), root.resolve("cache"));
    }

    public Path settingsFile() {
        return configDir.resolve("settings.properties");
    }

    private static Path envPath(String name, Path fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }
}
