package org.zgcparks.explorer.i18n;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.zgcparks.explorer.model.Park;

/**
 * Default file names a person would choose, in the interface's language: "E-Town fact sheet 2026-12-02.pdf",
 * "Booklet – Commercial aerospace – 4 parks.pdf". Names are made safe for Windows, macOS and Linux alike: no
 * {@code / \ : * ? " < > |} or control characters, no leading or trailing dots and spaces, no reserved Windows
 * device names (CON, NUL, COM1…), NFC-normalised, and at most {@value #MAX_BYTES} bytes of UTF-8 (file systems
 * allow 255).
 */
public final class FileNames {

    static final int MAX_BYTES = 200;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final Messages messages;

    public FileNames(Messages messages) {
        this.messages = messages;
    }

    /** "E-Town fact sheet 2026-12-02.pdf". */
    public String factSheet(Park park, LocalDate date) {
        return safe(messages.get("file.sheet", shortName(park), date.toString()), ".pdf");
    }

    /** "Booklet – Commercial aerospace – 4 parks.pdf"; an empty filter says "All parks". */
    public String booklet(String filterDescription, int parks) {
        String what = filterDescription == null || filterDescription.isBlank() ? messages.get("file.booklet.all")
                : filterDescription;
        return safe(messages.get("file.booklet", what, parks), ".pdf");
    }

    /**
     * The name people call the park by, in the interface's language: in English the short name in brackets when it is
     * also an alias ("Beijing Economic-Technological Development Area (E-Town)" is "E-Town"), else the full name.
     */
    String shortName(Park park) {
        Locale locale = messages.locale();
        if (!"en".equals(locale.getLanguage())) {
            return park.names().in(locale);
        }
        String en = park.names().en();
        int open = en.lastIndexOf(" (");
        if (open > 0 && en.endsWith(")")) {
            String inner = en.substring(open + 2, en.length() - 1);
            if (park.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(inner))) {
                return inner;
            }
        }
        return en;
    }

    /** The text made into a file name valid everywhere, with the extension kept. */
    public static String safe(String name, String extension) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^[. ]+|[. ]+$", "");
        if (s.isEmpty()) {
            s = "untitled";
        }
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            s = "_" + s;
        }
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        if (s.getBytes(StandardCharsets.UTF_8).length > budget) {
            StringBuilder cut = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String next = cut + new String(Character.toChars(cp));
                if (next.getBytes(StandardCharsets.UTF_8).length > budget) {
                    break;
                }
                cut.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            s = cut.toString().replaceAll("[. ]+$", "");
        }
        return s + extension;
    }
}
