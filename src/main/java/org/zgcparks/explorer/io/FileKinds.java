package org.zgcparks.explorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** What kind of file a path is, in words, for messages that refuse anything but a regular file. */
public final class FileKinds {

    private FileKinds() {
    }

    /** "a named pipe", "a character device", ...; the link itself is described, not what it points to. */
    public static String describe(Path file) {
        try {
            if (Files.isSymbolicLink(file)) {
                return "a symbolic link to " + Files.readSymbolicLink(file);
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                return "a folder";
            }
            if (Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) instanceof Integer mode) {
                switch (mode & 0170000) {
                    case 0010000: return "a named pipe";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // not a Unix file system: say it generally
        }
        return "a device, pipe or socket";
    }
}
