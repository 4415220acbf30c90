package org.zgcparks.explorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links to a park and the command-line options of the analysts' tools (--export, --select, a link argument). */
class ParkLinkTest {

    @Test
    void aLinkRoundTrips() {
        ParkLink link = new ParkLink("haidian-park", Optional.of(Locale.CHINESE));
        assertEquals("zgcparks://park/haidian-park?lang=zh", link.toUri());
        assertEquals(link, ParkLink.parse(link.toUri()));
        assertEquals(new ParkLink("bda", Optional.empty()), ParkLink.parse("zgcparks://park/bda"));
        assertEquals(new ParkLink("bda", Optional.empty()), ParkLink.parse("zgcparks://park/bda/"));
    }

    @Test
    void badLinksSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParkLink.parse("zgcparks://district/haidian"))
                .getMessage().contains("not a link to a park"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParkLink.parse("zgcparks://park/"))
                .getMessage().contains("names no park"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParkLink.parse("zgcparks://park/bda?lang=fr"))
                .getMessage().contains("en, zh or ru"));
    }

    @Test
    void theCommandLineTakesALinkAsItsArgument() throws Exception {
        CommandLine cl = CommandLine.parse("zgcparks://park/bda?lang=ru");
        assertEquals(Optional.of("bda"), cl.select());
        assertEquals(Optional.of(new Locale("ru")), cl.language());
        CommandLine explicit = CommandLine.parse("--lang", "en", "zgcparks://park/bda?lang=ru");
        assertEquals(Optional.of(Locale.ENGLISH), explicit.language(), "--lang wins over the link's language");
        CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse("zgcparks://park/bda?lang=xx"));
        assertTrue(e.getMessage().contains("en, zh or ru"), e.getMessage());
    }

    @Test
    void selectAndExportOptions() throws Exception {
        assertEquals(Optional.of("zgc-street"), CommandLine.parse("--select", "zgc-street").select());
        assertEquals(Optional.of(Path.of("a.csv")), CommandLine.parse("--export=a.csv", "--kind", "sub-park").exportData());
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--export", "a.csv", "--select", "bda"));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse("--export-pdf", "a.pdf", "--park", "bda", "--select", "bda"));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse("--export", "a.csv", "--export-pdf", "b.pdf", "--all"));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--export"));
    }
}
