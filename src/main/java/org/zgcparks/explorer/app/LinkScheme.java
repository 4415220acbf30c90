package org.zgcparks.explorer.app;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zgcparks.explorer.cli.ParkLink;

/**
 * Registers the {@code zgcparks://} link scheme for the current Windows user, each time the installed app starts.
 * jpackage's .msi can associate file types but not URL schemes, so the scheme is not in the installer: the installed
 * launcher (which sets {@code jpackage.app-path}) writes {@code HKCU\Software\Classes\zgcparks} itself, with
 * "URL Protocol" and {@code shell\open\command} running the launcher with the link. Writing it at each start keeps
 * it pointing at the launcher that was started last, if the app was moved or reinstalled elsewhere. It needs no
 * administrator rights, and Windows then passes a clicked link as the only argument, which the command line reads.
 * The keys are written by {@code reg import} of a small .reg file, in a process of its own that the start does not
 * wait for. (The Linux package registers the scheme in its menu entry; macOS reads it from the bundle's Info.plist.)
 */
final class LinkScheme {

    private static final Logger LOG = Logger.getLogger(LinkScheme.class.getName());

    private LinkScheme() {
    }

    /**
     * Registers the scheme if this is the app installed on Windows.
     *
     * @param osName  the {@code os.name} property
     * @param appPath the {@code jpackage.app-path} property: the installed launcher, null when run otherwise
     * @return whether the registration was started
     */
    static boolean registerIfInstalled(String osName, String appPath) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("windows") || appPath == null || appPath.isBlank()) {
            return false;
        }
        try {
            Path file = Files.createTempFile("zgcparks-link", ".reg");
            file.toFile().deleteOnExit();
            // .reg files of "Version 5.00" are UTF-16 with a byte-order mark
            Files.write(file, ("\uFEFF" + regFile(appPath)).getBytes(StandardCharsets.UTF_16LE));
            new ProcessBuilder("reg", "import", file.toString()).redirectErrorStream(true)
                    .redirectOutput(Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            LOG.log(Level.FINE, "The zgcparks:// link scheme cannot be registered", e);
            return false;
        }
    }

    /** The registry file that makes {@code launcher} open {@code zgcparks://} links. */
    static String regFile(String launcher) {
        String key = "HKEY_CURRENT_USER\\Software\\Classes\\" + ParkLink.SCHEME;
        String exe = "\"" + launcher + "\"";
        return String.join("\r\n",
                "Windows Registry Editor Version 5.00",
                "",
                "[" + key + "]",
                "@=" + quoted("URL:ZGC Parks Explorer link"),
                "\"URL Protocol\"=\"\"",
                "",
                "[" + key + "\\DefaultIcon]",
                "@=" + quoted(exe + ",0"),
                "",
                "[" + key + "\\shell\\open\\command]",
                "@=" + quoted(exe + " \"%1\""),
                "");
    }

    /** A string value of a .reg file: in quotes, with backslashes and quotes escaped. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
