package org.zgcparks.explorer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One explorer window per user for links: a running explorer listens on a loopback port, written with a random token
 * to a file in the user's settings folder (readable by the user alone); an explorer started with a park to select
 * (a {@code zgcparks://} link or {@code --select}) first offers the park to that port and, if a running explorer
 * takes it, exits instead of opening a second window. A stale file (the explorer that wrote it has ended) only
 * costs a refused connection on loopback. Nothing here touches JavaFX: the running side hands the park id to a
 * callback.
 */
final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final int TIMEOUT_MS = 2000;

    private final ServerSocket server;
    private final Path file;
    private final String token;

    private SingleInstance(ServerSocket server, Path file, String token) {
        this.server = server;
        this.file = file;
        this.token = token;
    }

    /** What became of a park offered to a running explorer. */
    enum HandOff {
        /** A running explorer selected it: this process should exit. */
        TAKEN,
        /** A running explorer answered that its dataset has no such park. */
        UNKNOWN_PARK,
        /** No explorer runs (or it did not answer): open a window as usual. */
        NONE
    }

    /** Offers a park to a running explorer. */
    static HandOff handOff(Path file, String parkId) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return HandOff.NONE;
        }
        if (lines.size() < 2) {
            return HandOff.NONE;
        }
        int port;
        try {
            port = Integer.parseInt(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return HandOff.NONE;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
            s.setSoTimeout(TIMEOUT_MS);
            Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            w.write(lines.get(1).trim() + "\nselect " + parkId + "\n");
            w.flush();
            String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "ok".equals(answer) ? HandOff.TAKEN : "unknown".equals(answer) ? HandOff.UNKNOWN_PARK : HandOff.NONE;
        } catch (IOException e) {
            return HandOff.NONE;
        }
    }

    /**
     * Starts listening (on a daemon thread) and records the port and a fresh token in {@code file}. Each park id
     * offered with the right token goes to {@code onSelect}, on the listener's thread; it says whether the park
     * exists (and was selected).
     *
     * @return the listener, or null if it cannot start (then links simply open new windows)
     */
    static SingleInstance listen(Path file, Predicate<String> onSelect) {
        try {
            ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".instance", ".tmp");
            Files.writeString(tmp, server.getLocalPort() + "\n" + token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the user's own folder protects it
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            SingleInstance si = new SingleInstance(server, file, token);
            Thread t = new Thread(() -> si.serve(onSelect), "single-instance");
            t.setDaemon(true);
            t.start();
            return si;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Links will open new windows: cannot listen for them (" + e.getMessage() + ")");
            return null;
        }
    }

    private void serve(Predicate<String> onSelect) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String given = in.readLine();
                String command = in.readLine();
                if (token.equals(given) && command != null && command.startsWith("select ")) {
                    boolean known = onSelect.test(command.substring("select ".length()).trim());
                    s.getOutputStream().write((known ? "ok\n" : "unknown\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    s.getOutputStream().write("no\n".getBytes(StandardCharsets.UTF_8));
                }
            } catch (SocketTimeoutException e) {
                // a client that said nothing: drop it
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "single-instance connection failed", e);
                }
            }
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops listening and removes the file if it is still this listener's. */
    @Override
    public void close() {
        try {
            server.close();
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (lines.size() >= 2 && lines.get(1).trim().equals(token)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the single-instance listener", e);
        }
    }
}
