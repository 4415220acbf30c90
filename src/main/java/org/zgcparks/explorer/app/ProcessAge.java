package org.zgcparks.explorer.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long this process has been running, for {@code --measure-startup}.
 *
 * <p>{@code ProcessHandle.info().startInstant()} is not precise enough for this: on Linux it adds the process's start
 * (in clock ticks since boot) to the boot time from {@code /proc/stat}, which is truncated to whole seconds, so every
 * reading is late by the same fraction of a second, up to a whole one. Here both ends are read on the same
 * since-boot clock: the process's start tick from {@code /proc/self/stat} and the current uptime from
 * {@code /proc/uptime}. Elsewhere the JVM's own start time is used (it misses only the launcher's first
 * milliseconds).
 */
final class ProcessAge {

    /** Linux's USER_HZ, the unit of the start time in /proc/PID/stat; 100 on every mainstream architecture. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    static long millis() {
        OptionalLong linux = fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
        if (linux.isPresent()) {
            return linux.getAsLong();
        }
        long now = System.currentTimeMillis();
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The age from the two proc files, or empty if they cannot be read or parsed. */
    static OptionalLong fromProc(Path stat, Path uptime) {
        try {
            String up = Files.readString(uptime).trim();
            double uptimeSeconds = Double.parseDouble(up.substring(0, up.indexOf(' ') < 0 ? up.length() : up.indexOf(' ')));
            String s = Files.readString(stat);
            // the command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'
            String[] after = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(after[19]); // field 22, starttime; 'after' begins at field 3
            long ms = Math.round(uptimeSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
            return ms >= 0 ? OptionalLong.of(ms) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
