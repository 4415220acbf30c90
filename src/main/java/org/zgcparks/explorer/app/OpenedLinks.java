package org.zgcparks.explorer.app;

import java.awt.Desktop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.zgcparks.explorer.cli.ParkLink;

/**
 * The {@code zgcparks://} links the desktop hands to the running process rather than on its command line: macOS
 * opens a link by sending the app an "open URL" event (to the running app, or to the one it starts for the link),
 * never as an argument. Links that arrive before the window exists wait here until it can select their park.
 * Windows and Linux pass links as arguments (see {@code ParkLink}); there this stays empty.
 */
final class OpenedLinks {

    private static final Logger LOG = Logger.getLogger(OpenedLinks.class.getName());

    private final List<String> pending = new ArrayList<>();
    private Consumer<String> target;

    /**
     * Listens for the desktop's open-URL events where links arrive that way (macOS). It must run before the JavaFX
     * toolkit starts: AWT then owns the application's event handling, and JavaFX runs inside it, so the events reach
     * this handler.
     */
    static OpenedLinks fromDesktop(String osName) {
        OpenedLinks links = new OpenedLinks();
        if (osName.toLowerCase(Locale.ROOT).startsWith("mac") && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
            Desktop.getDesktop().setOpenURIHandler(e -> links.offer(e.getURI().toString()));
        }
        return links;
    }

    /** A link the desktop opened: its park goes to the window, now or once it exists. */
    void offer(String uri) {
        String parkId;
        try {
            parkId = ParkLink.parse(uri).parkId();
        } catch (IllegalArgumentException e) {
            LOG.warning("A link the desktop opened is not a link to a park: " + e.getMessage());
            return;
        }
        Consumer<String> to;
        synchronized (this) {
            if (target == null) {
                pending.add(parkId);
                return;
            }
            to = target;
        }
        to.accept(parkId);
    }

    /** From now on each park goes to {@code select}; those that came before go to it at once. */
    void deliverTo(Consumer<String> select) {
        List<String> waiting;
        synchronized (this) {
            target = select;
            waiting = List.copyOf(pending);
            pending.clear();
        }
        waiting.forEach(select);
    }
}
