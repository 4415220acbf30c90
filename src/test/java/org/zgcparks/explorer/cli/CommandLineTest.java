package org.zgcparks.explorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsOpensTheApp() throws Exception {
        CommandLine cl = CommandLine.parse();
        assertFalse(cl.help() || cl.version() || cl.measureStartup());
        assertTrue(cl.dataset().isEmpty());
    }

    @Test
    void optionsWithValuesInBothForms() throws Exception {
        CommandLine cl = CommandLine.parse("--dataset", "my.json", "--lang=zh", "--config-dir", "/tmp/x");
        assertEquals(Path.of("my.json"), cl.dataset().orElseThrow());
        assertEquals(Locale.forLanguageTag("zh"), cl.language().orElseThrow());
        assertEquals(Path.of("/tmp/x"), cl.configDir().orElseThrow());
        assertTrue(CommandLine.parse("--measure-startup", "--bare").bare());
        assertTrue(CommandLine.parse("-h").help());
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertEquals("unknown option \"--frobnicate\"",
                assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--frobnicate")).getMessage());
        assertEquals("--dataset needs a value",
                assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--dataset")).getMessage());
        assertTrue(assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--lang", "fr")).getMessage().contains("en, zh or ru"));
        assertTrue(assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("stray")).getMessage().contains("unexpected argument"));
        assertTrue(assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--bare")).getMessage().contains("--measure-startup"));
        assertTrue(assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--help=yes")).getMessage().contains("takes no value"));
    }

    @Test
    void usageListsEveryOption() {
        for (String option : new String[] {"--dataset", "--lang", "--config-dir", "--measure-startup", "--bare", "--version", "--help"}) {
            assertTrue(CommandLine.USAGE.contains(option), option);
        }
    }
}
