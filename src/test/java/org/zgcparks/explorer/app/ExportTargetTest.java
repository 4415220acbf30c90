package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.factsheet.ExportFilesAccess;

/**
 * What {@code --export-pdf} may replace, and what a killed export leaves: special files and links are refused and
 * kept; stale hidden .part files of the target are removed at the next export, one being written is not.
 */
class ExportTargetTest {

    @TempDir
    Path dir;

    record Result(int code, String err) {
    }

    Result export(Path target) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = PdfExportCommand.run(CommandLine.parse("--config-dir", dir.resolve("cfg").toString(), "--offline",
                        "--export-pdf", target.toString(), "--park", "zgc-street"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNamedPipeIsRefusedAndKept() throws Exception {
        Path fifo = dir.resolve("pipe.pdf");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        Result r = export(fifo);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("a named pipe, not a regular file"), r.err());
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
    }

    @Test
    void aSymbolicLinkIsRefusedNamingWhatItPointsTo() throws Exception {
        Path real = Files.writeString(dir.resolve("real.pdf"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real);
        Result r = export(link);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("a symbolic link to " + real), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(real));
    }

    @Test
    void staleHiddenPartFilesGoButOneBeingWrittenStays() throws Exception {
        Path target = dir.resolve("sheet.pdf");
        Path stale = Files.createFile(dir.resolve(".sheet.pdf123456789.part"));
        Path writing = Files.createFile(dir.resolve(".sheet.pdf987654321.part"));
        Path notOurs = Files.createFile(dir.resolve(".sheet.pdf.backup.part"));
        try (FileChannel ch = FileChannel.open(writing, StandardOpenOption.WRITE);
             var lock = ch.tryLock(Long.MAX_VALUE - 1, 1, false)) {
            Result r = export(target);
            assertEquals(0, r.code(), r.err());
            assertTrue(lock.isValid());
        }
        assertFalse(Files.exists(stale), "the killed export's .part is removed");
        assertTrue(Files.exists(writing), "a .part another export is writing stays");
        assertTrue(Files.exists(notOurs), "a file that is not ours stays");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part"))
                    .filter(f -> !f.equals(writing) && !f.equals(notOurs)).toList(), "the export leaves no .part");
        }
    }

    @Test
    void scratchFoldersOfProcessesThatEndedAreRemoved() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Path root = dir.resolve("scratch");
        Path dead = Files.createDirectories(root.resolve(Long.toString(p.pid())));
        Files.writeString(dead.resolve("PDFBox123.tmp"), "pages");
        Path alive = Files.createDirectories(root.resolve(Long.toString(ProcessHandle.current().pid())));
        Path other = Files.createDirectories(root.resolve("not-a-pid"));
        assertEquals(1, ExportFilesAccess.removeStaleScratch(root));
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(alive) && Files.exists(other));
    }
}
