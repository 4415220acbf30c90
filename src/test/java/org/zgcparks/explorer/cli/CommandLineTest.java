package org.zgcparks.explorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.model.ParkKind;

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
    void filterOptions() throws Exception {
        CommandLine cl = CommandLine.parse("--industry", "commercial-aerospace", "--industry=ai", "--match", "all",
                "--kind", "sub-park", "--district", "haidian");
        assertEquals(List.of("commercial-aerospace", "ai"), cl.industries());
        assertTrue(cl.matchAll().orElseThrow());
        assertEquals(List.of(ParkKind.SUB_PARK), cl.kinds());
        assertEquals(List.of("haidian"), cl.districts());
        assertTrue(cl.hasFilter());
        assertFalse(CommandLine.parse().hasFilter());
        assertTrue(assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--kind", "moon")).getMessage().contains("sub-park"));
        assertTrue(assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--match", "some")).getMessage().contains("any or all"));
        assertEquals("--industry needs a value", assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("--industry")).getMessage());
    }

    @Test
    void usageListsEveryOption() {
        for (String option : new String[] {"--dataset", "--lang", "--config-dir", "--measure-startup", "--bare", "--version", "--help",
                "--industry", "--match", "--kind", "--district", "--tile-url", "--tile-subdomains", "--tile-api-key",
                "--tile-attribution", "--mbtiles", "--offline", "--tile-cache-mb"}) {
            assertTrue(CommandLine.usage().contains(option), option);
        }
    }

    @Test
    void tileOptions() throws Exception {
        CommandLine cl = CommandLine.parse("--tile-url", "https://{s}.t.example.com/{z}/{x}/{y}.png?k={apikey}",
                "--tile-subdomains", "a, b", "--tile-api-key", "K", "--tile-attribution", "© Example", "--tile-cache-mb=200");
        assertEquals("https://{s}.t.example.com/{z}/{x}/{y}.png?k={apikey}", cl.tiles().url().orElseThrow());
        assertEquals(List.of("a", "b"), cl.tiles().subdomains());
        assertEquals(200, cl.tiles().cacheMb().orElseThrow());
        assertFalse(cl.tiles().offline());
        assertTrue(CommandLine.parse("--offline").tiles().offline());
        assertEquals(Path.of("pack.mbtiles"), CommandLine.parse("--mbtiles", "pack.mbtiles").tiles().mbtiles().orElseThrow());

        assertTrue(usage("--tile-url", "https://x.org/{z}/{x}.png").contains("--tile-url: the tile URL needs {z}, {x} and {y}"));
        assertTrue(usage("--tile-url", "https://x.org/{z}/{x}/{y}?k={apikey}").contains("no key was given"));
        assertTrue(usage("--tile-url", "https://x.org/{z}/{x}/{y}", "--mbtiles", "a.mbtiles").contains("give one of them"));
        assertTrue(usage("--tile-api-key", "K").contains("go with --tile-url"));
        assertTrue(usage("--tile-cache-mb", "lots").contains("from 10 to 100000"));
        assertTrue(usage("--tile-cache-mb", "5").contains("from 10 to 100000"));
        assertTrue(usage("--offline=yes").contains("takes no value"));
    }

    @Test
    void anEmptyValueIsCalledEmptyNotResolvedAgainstTheWorkingFolder() {
        for (String option : new String[] {"--dataset", "--config-dir", "--mbtiles", "--export-pdf", "--industry",
                "--district", "--tile-url", "--tile-api-key"}) {
            String message = usage(option + "=");
            assertTrue(message.contains(option) && message.contains("the value is empty"), message);
            String blank = usage(option, " ");
            assertTrue(blank.contains("the value is empty"), blank);
        }
    }

    @Test
    void anApiKeyIsNeverEchoed() {
        String[] keys = {"my secret key", "50%off", "k\"ey{x}"};
        for (String key : keys) {
            String message;
            try {
                CommandLine.parse("--tile-url", "https://x.org/{z}/{x}/{y}.png?k={apikey}", "--tile-api-key", key,
                        "--paper", "a3");
                continue; // the key was accepted; the --paper error below does not involve it
            } catch (CommandLine.UsageException e) {
                message = e.getMessage();
            }
            assertFalse(message.contains(key), message);
        }
        String broken = usage("--tile-url", "https://x.org/{z}/{x}/{y}.png?k={apikey}&q=a b", "--tile-api-key",
                "s3cr3t-value");
        assertFalse(broken.contains("s3cr3t-value"), broken);
    }

    @Test
    void anUnknownOptionOrKindSuggestsTheClosest() {
        assertEquals("unknown option \"--industy\"; did you mean --industry?", usage("--industy", "ai"));
        assertEquals("unknown option \"--lanq\"; did you mean --lang?", usage("--lanq=zh"));
        assertEquals("unknown option \"--frobnicate\"", usage("--frobnicate"), "nothing close: no guess");
        assertTrue(usage("--kind", "sub-prak").startsWith("unknown park kind \"sub-prak\" for --kind; did you mean sub-park?"),
                usage("--kind", "sub-prak"));
        assertTrue(usage("--paper", "a44").contains("did you mean a4?"), usage("--paper", "a44"));
    }

    @Test
    void everyDocumentedPaperSize() throws Exception {
        for (String paper : new String[] {"a4", "letter", "legal", "a3", "a5", "A3"}) {
            assertEquals(paper.toLowerCase(Locale.ROOT), CommandLine.parse("--export-pdf", "x.pdf", "--all", "--paper", paper).export().paper());
        }
    }

    @Test
    void aValueThatLooksLikeAnOptionIsAMissingValue() {
        assertEquals("--dataset needs a value", usage("--dataset", "--lang", "zh"));
        assertEquals("--industry needs a value", usage("--industry", "--no-such-option"));
    }

    @Test
    void linksAndSelect() throws Exception {
        CommandLine link = CommandLine.parse("zgcparks://park/bda?lang=zh");
        assertEquals("bda", link.select().orElseThrow());
        assertEquals(Locale.forLanguageTag("zh"), link.language().orElseThrow());
        assertEquals(Locale.forLanguageTag("ru"), CommandLine.parse("zgcparks://park/bda?lang=zh", "--lang", "ru").language().orElseThrow());
        assertEquals(Locale.forLanguageTag("ru"), CommandLine.parse("--lang", "ru", "zgcparks://park/bda?lang=zh").language().orElseThrow());
        assertTrue(usage("zgcparks://nowhere").contains("not a link to a park"));
        assertTrue(usage("--select", "bda", "--export", "x.csv").contains("--select opens a window"));
    }

    @Test
    void helpIsGeneratedWithEveryOptionAndTheExitStatuses() {
        for (String option : new String[] {"--export-pdf", "--park", "--all", "--paper", "--landscape", "--export",
                "--select", "zgcparks://park/ID?lang=xx", "-h"}) {
            assertTrue(CommandLine.usage().contains(option), option);
        }
        assertTrue(CommandLine.usage().startsWith("Usage: java -jar zgc-parks-explorer.jar [options]"), CommandLine.usage());
        assertTrue(CommandLine.usage().contains("Exit status: 0 on success, 2 on a bad command line, 1 on any other error."));
    }

    @Test
    void theShortCutsForNoArgumentsAndALoneLinkReadAsPicocliDoes() throws Exception {
        assertEquals(CommandLine.parseOptions(), CommandLine.parse());
        assertEquals(CommandLine.parseOptions("zgcparks://park/bda?lang=ru"), CommandLine.parse("zgcparks://park/bda?lang=ru"));
        assertEquals(CommandLine.parseOptions("zgcparks://park/inno-way"), CommandLine.parse("zgcparks://park/inno-way"));
        assertEquals(usage("zgcparks://park/"), assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parseOptions("zgcparks://park/")).getMessage());
    }

    static String usage(String... args) {
        return assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(args)).getMessage();
    }
}
