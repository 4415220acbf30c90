package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessAgeTest {

    @TempDir
    Path dir;

    @Test
    void readsTheStartTickAfterACommandNameWithSpacesAndParentheses() throws Exception {
        Path stat = Files.writeString(dir.resolve("stat"),
                "4242 (java (main) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 5 3 0 0 20 0 30 0 12345 1000 200 "
                        + "18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0\n");
        Path uptime = Files.writeString(dir.resolve("uptime"), "125.50 200.00\n");
        // started at tick 12345 = 123.45 s after boot; now 125.50 s after boot
        assertEquals(OptionalLong.of(2050), ProcessAge.fromProc(stat, uptime));
    }

    @Test
    void unreadableOrOddFilesGiveNothing() throws Exception {
        Path uptime = Files.writeString(dir.resolve("uptime"), "125.50 200.00\n");
        assertTrue(ProcessAge.fromProc(dir.resolve("missing"), uptime).isEmpty());
        Path garbled = Files.writeString(dir.resolve("stat"), "4242 (java) S 1 2\n");
        assertTrue(ProcessAge.fromProc(garbled, uptime).isEmpty());
    }

    @Test
    void thisProcessIsYoungerThanItsJvmUptimePlusTheLaunchersShare() {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.millis();
        // the process began just before the JVM did: never later, and not a truncated boot-time second earlier
        assertTrue(age >= jvmUptime - 20, "age " + age + " ms, JVM uptime " + jvmUptime + " ms");
        assertTrue(age <= jvmUptime + 500, "age " + age + " ms, JVM uptime " + jvmUptime + " ms");
    }
}
