package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link opened while the explorer runs goes to the running one (over loopback only). */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aRunningExplorerTakesThePark() throws Exception {
        Path file = dir.resolve("instance");
        BlockingQueue<String> selected = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(file, id -> selected.add(id) && !id.equals("atlantis"))) {
            assertNotNull(running);
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
            assertEquals(SingleInstance.HandOff.TAKEN, SingleInstance.handOff(file, "bda"));
            assertEquals("bda", selected.poll(5, TimeUnit.SECONDS));
            assertEquals(SingleInstance.HandOff.UNKNOWN_PARK, SingleInstance.handOff(file, "atlantis"));
        }
        assertFalse(Files.exists(file), "the file goes when the explorer ends");
    }

    @Test
    void withNoExplorerRunningTheNewOneOpensItsOwnWindow() throws Exception {
        Path file = dir.resolve("instance");
        assertEquals(SingleInstance.HandOff.NONE, SingleInstance.handOff(file, "bda"), "no file");
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        Files.writeString(file, freePort + "\nsometoken\n");
        assertEquals(SingleInstance.HandOff.NONE, SingleInstance.handOff(file, "bda"), "a stale file: nobody listens");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        Path file = dir.resolve("instance");
        BlockingQueue<String> selected = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(file, id -> selected.add(id) && !id.equals("atlantis"))) {
            Path forged = dir.resolve("forged");
            Files.writeString(forged, running.port() + "\nnot-the-token\n");
            assertEquals(SingleInstance.HandOff.NONE, SingleInstance.handOff(forged, "bda"));
            assertEquals(SingleInstance.HandOff.TAKEN, SingleInstance.handOff(file, "zgc-street"));
            assertEquals("zgc-street", selected.poll(5, TimeUnit.SECONDS));
            assertNull(selected.poll(), "the forged offer selected nothing");
        }
    }
}
