package org.zgcparks.explorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zgcparks.explorer.model.ParkKind;

/**
 * The parsed command line of {@code zgc-parks-explorer}. Parsing is strict: an unknown option, a missing value
 * or a bad value is an error with a message naming it.
 *
 * @param dataset        a dataset file to open instead of the bundled one
 * @param configDir      a folder for settings and caches instead of the user's folders
 * @param language       the interface language, if given
 * @param measureStartup print the milliseconds from process start to the first frame with every park drawn and to the
 *                       first frame of the whole window, then exit
 * @param bare           with {@code measureStartup}: only an empty window with a map (the toolkit's floor)
 * @param industries     industry ids to filter by (their existence is checked against the dataset later)
 * @param matchAll       with several industries: parks must have all of them, not any
 * @param kinds          park kinds to show
 * @param districts      district ids to show
 * @param tiles          the tile options: a source for this run, offline, cache size
 * @param export         the headless PDF export options
 * @param exportData     {@code --export FILE}: write the parks matching the filter options as data (CSV, GeoJSON) and exit
 * @param select         {@code --select ID} (or a {@code zgcparks://park/ID} link): the park to open selected
 */
public record CommandLine(boolean help, boolean version, Optional<Path> dataset, Optional<Path> configDir,
                          Optional<Locale> language, boolean measureStartup, boolean bare,
                          List<String> industries, Optional<Boolean> matchAll, List<ParkKind> kinds,
                          List<String> districts, TileOptions tiles, ExportOptions export,
                          Optional<Path> exportData, Optional<String> select) {

    /**
     * Headless PDF export: {@code --export-pdf OUT.pdf} with {@code --park ID} (one sheet; several give a booklet)
     * or {@code --all} (a booklet of every park matching the filter options).
     */
    public record ExportOptions(Optional<Path> out, List<String> parks, boolean all, String paper, boolean landscape) {
        public static final ExportOptions NONE = new ExportOptions(Optional.empty(), List.of(), false, "a4", false);

        public ExportOptions {
            parks = List.copyOf(parks);
        }
    }

    /**
     * Tile options of the command line; they apply to this run and do not change the saved settings.
     *
     * @param url         an XYZ URL template, instead of the saved source
     * @param subdomains  for {s} in the template
     * @param mbtiles     an MBTiles file, instead of the saved source
     * @param offline     never contact a tile server
     * @param cacheMb     the cache's size limit in MB
     */
    public record TileOptions(Optional<String> url, List<String> subdomains, Optional<String> apiKey,
                              Optional<String> attribution, Optional<Path> mbtiles, boolean offline,
                              Optional<Integer> cacheMb) {
        public static final TileOptions NONE = new TileOptions(Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty());

        public TileOptions {
            subdomains = List.copyOf(subdomains);
        }
    }

    public CommandLine {
        industries = List.copyOf(industries);
        kinds = List.copyOf(kinds);
        districts = List.copyOf(districts);
    }

    /** Whether any filter option was given. */
    public boolean hasFilter() {
        return !industries.isEmpty() || !kinds.isEmpty() || !districts.isEmpty() || matchAll.isPresent();
    }

    /** A command line that cannot be used, with the message to print. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar zgc-parks-explorer.jar [options]",
            "",
            "Opens ZGC Parks Explorer, a map of Zhongguancun Science Park and Beijing E-Town.",
            "",
            "Options:",
            "  --dataset FILE       open this dataset file instead of the bundled one",
            "  --lang en|zh|ru      interface language (default: the system's, else English)",
            "  --config-dir DIR     keep settings and caches in DIR instead of the user's folders",
            "  --industry ID        show only parks with this industry (repeatable; ids as in the dataset,",
            "                       e.g. commercial-aerospace, ai, integrated-circuits)",
            "  --match any|all      with several --industry: parks with any (default) or all of them",
            "  --kind KIND          show only parks of this kind (repeatable): " + kindIds(),
            "  --district ID        show only parks in this district (repeatable), e.g. haidian, daxing",
            "  --tile-url TEMPLATE  load map tiles from this XYZ server for this run, e.g.",
            "                       https://{s}.tiles.example.com/{z}/{x}/{y}.png?key={apikey}",
            "  --tile-subdomains LIST  subdomains for {s} (default a,b,c)",
            "  --tile-api-key KEY   the key for {apikey} in --tile-url",
            "  --tile-attribution TEXT  the credit the tile provider requires",
            "  --mbtiles FILE       load map tiles from this MBTiles file for this run",
            "  --offline            never contact a tile server: cached tiles and the offline basemap",
            "  --tile-cache-mb N    size limit of the tile cache in MB (default 500, or as set in Settings)",
            "  --export-pdf FILE    write fact sheets to a PDF and exit, without opening a window (works with no display):",
            "                       with --park ID a one-page fact sheet (several --park: a booklet of them),",
            "                       with --all a booklet (cover, contents, a page per park) of every park matching",
            "                       the filter options (--industry, --match, --kind, --district)",
            "  --park ID            the park to export (repeatable), e.g. haidian-park, bda",
            "  --all                export every park that matches the filter options",
            "  --paper a4|letter    paper size of the PDF (default a4)",
            "  --landscape          lay the PDF out in landscape",
            "  --export FILE        write the parks matching the filter options to FILE and exit, without a window:",
            "                       .csv (their figures, one row each) or .geojson (outlines and markers, for GIS)",
            "  --select ID          open with this park selected, e.g. --select bda",
            "  zgcparks://park/ID?lang=xx  a link to a park (as the desktop passes it): like --select ID --lang xx",
            "  --measure-startup    print milliseconds from process start to the first frame with every park drawn",
            "                       ('first-frame N') and to the first frame of the whole window ('ready N'), then exit",
            "  --bare               with --measure-startup: an empty window with only a map (the toolkit's floor)",
            "  --version            print the version and exit",
            "  -h, --help           print this help and exit",
            "",
            "Exit status: 0 on success, 2 on a bad command line, 1 on any other error.");

    private static String kindIds() {
        return String.join(", ", java.util.Arrays.stream(ParkKind.values()).map(ParkKind::id).toList());
    }

    public static CommandLine parse(String... args) throws UsageException {
        boolean help = false, version = false, measure = false, bare = false;
        List<String> industries = new ArrayList<>();
        List<ParkKind> kinds = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        Boolean matchAll = null;
        Path dataset = null, configDir = null;
        Locale language = null;
        String tileUrl = null, apiKey = null, attribution = null;
        List<String> subdomains = List.of();
        Path mbtiles = null;
        boolean offline = false;
        Integer cacheMb = null;
        Path exportPdf = null;
        List<String> exportParks = new ArrayList<>();
        boolean exportAll = false, landscape = false;
        String paper = null;
        Path exportData = null;
        String select = null;
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
                if (value.isBlank() && !FLAGS.contains(arg)) {
                    throw empty(arg);
                }
            }
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--version" -> version = true;
                case "--measure-startup" -> measure = true;
                case "--bare" -> bare = true;
                case "--dataset" -> {
                    value = value != null ? value : next(rest, ++i, arg);
                    dataset = Path.of(value);
                }
                case "--config-dir" -> {
                    value = value != null ? value : next(rest, ++i, arg);
                    configDir = Path.of(value);
                }
                case "--industry" -> industries.add(value != null ? value : next(rest, ++i, arg));
                case "--district" -> districts.add(value != null ? value : next(rest, ++i, arg));
                case "--kind" -> {
                    String k = value != null ? value : next(rest, ++i, arg);
                    kinds.add(ParkKind.fromId(k).orElseThrow(() -> new UsageException(
                            "unknown park kind \"" + k + "\" for --kind; expected one of " + kindIds())));
                }
                case "--match" -> {
                    String m = value != null ? value : next(rest, ++i, arg);
                    if (!m.equals("any") && !m.equals("all")) {
                        throw new UsageException("--match must be any or all, not \"" + m + "\"");
                    }
                    matchAll = m.equals("all");
                }
                case "--tile-url" -> tileUrl = value != null ? value : next(rest, ++i, arg);
                case "--tile-subdomains" -> subdomains = org.zgcparks.explorer.tiles.TileSettings.splitList(
                        value != null ? value : next(rest, ++i, arg));
                case "--tile-api-key" -> apiKey = value != null ? value : next(rest, ++i, arg);
                case "--tile-attribution" -> attribution = value != null ? value : next(rest, ++i, arg);
                case "--mbtiles" -> mbtiles = Path.of(value != null ? value : next(rest, ++i, arg));
                case "--offline" -> offline = true;
                case "--export-pdf" -> exportPdf = Path.of(value != null ? value : next(rest, ++i, arg));
                case "--park" -> exportParks.add(value != null ? value : next(rest, ++i, arg));
                case "--all" -> exportAll = true;
                case "--landscape" -> landscape = true;
                case "--paper" -> {
                    paper = (value != null ? value : next(rest, ++i, arg)).toLowerCase(Locale.ROOT);
                    if (!paper.equals("a4") && !paper.equals("letter")) {
                        throw new UsageException("--paper must be a4 or letter, not \"" + paper + "\"");
                    }
                }
                case "--tile-cache-mb" -> {
                    String n = value != null ? value : next(rest, ++i, arg);
                    try {
                        cacheMb = Integer.parseInt(n);
                    } catch (NumberFormatException e) {
                        cacheMb = -1;
                    }
                    if (cacheMb < 10 || cacheMb > 100_000) {
                        throw new UsageException("--tile-cache-mb must be a whole number of MB from 10 to 100000, not \"" + n + "\"");
                    }
                }
                case "--lang" -> {
                    value = value != null ? value : next(rest, ++i, arg);
                    if (!List.of("en", "zh", "ru").contains(value)) {
                        throw new UsageException("--lang must be en, zh or ru, not \"" + value + "\"");
                    }
                    language = Locale.forLanguageTag(value);
                }
                case "--export" -> exportData = Path.of(value != null ? value : next(rest, ++i, arg));
                case "--select" -> select = value != null ? value : next(rest, ++i, arg);
                default -> {
                    if (ParkLink.looksLikeLink(arg)) {
                        ParkLink link;
                        try {
                            link = ParkLink.parse(rest.get(i));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException(e.getMessage());
                        }
                        select = link.parkId();
                        if (language == null) {
                            language = link.language().orElse(null);
                        }
                        continue;
                    }
                    throw new UsageException(arg.startsWith("-")
                        ? "unknown option \"" + arg + "\""
                        : "unexpected argument \"" + arg + "\" (options start with --)");
                }
            }
            if (value != null && FLAGS.contains(arg)) {
                throw new UsageException(arg + " takes no value");
            }
        }
        if (bare && !measure) {
            throw new UsageException("--bare only goes with --measure-startup");
        }
        if (tileUrl != null && mbtiles != null) {
            throw new UsageException("--tile-url and --mbtiles are two tile sources: give one of them");
        }
        if (tileUrl == null && (!subdomains.isEmpty() || apiKey != null || attribution != null) && mbtiles == null) {
            throw new UsageException("--tile-subdomains, --tile-api-key and --tile-attribution go with --tile-url");
        }
        if (tileUrl != null) {
            try {
                org.zgcparks.explorer.tiles.UrlTemplate.parse(tileUrl, subdomains, apiKey);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--tile-url: " + withoutKey(e.getMessage(), apiKey));
            }
        }
        if (exportPdf == null && (!exportParks.isEmpty() || exportAll || paper != null || landscape)) {
            throw new UsageException("--park, --all, --paper and --landscape go with --export-pdf FILE");
        }
        if (exportPdf != null && exportParks.isEmpty() && !exportAll) {
            throw new UsageException("--export-pdf needs --park ID (one park) or --all (a booklet)");
        }
        if (exportPdf != null && !exportParks.isEmpty() && exportAll) {
            throw new UsageException("--park and --all cannot be combined: give the parks, or --all with filter options");
        }
        if (exportPdf != null && measure) {
            throw new UsageException("--export-pdf opens no window, so --measure-startup cannot go with it");
        }
        if (exportData != null && (exportPdf != null || measure)) {
            throw new UsageException("--export writes data and exits: it goes with neither --export-pdf nor --measure-startup");
        }
        if (select != null && (exportData != null || exportPdf != null)) {
            throw new UsageException("--select opens a window, so it goes with neither --export nor --export-pdf");
        }
        ExportOptions export = new ExportOptions(Optional.ofNullable(exportPdf), exportParks, exportAll,
                paper == null ? "a4" : paper, landscape);
        TileOptions tiles = new TileOptions(Optional.ofNullable(tileUrl), subdomains, Optional.ofNullable(apiKey),
                Optional.ofNullable(attribution), Optional.ofNullable(mbtiles), offline, Optional.ofNullable(cacheMb));
        return new CommandLine(help, version, Optional.ofNullable(dataset), Optional.ofNullable(configDir),
                Optional.ofNullable(language), measure, bare, industries, Optional.ofNullable(matchAll), kinds,
                districts, tiles, export, Optional.ofNullable(exportData), Optional.ofNullable(select));
    }

    private static String next(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        if (args.get(i).isBlank()) {
            throw empty(option);
        }
        return args.get(i);
    }

    /** Options that take no value. */
    private static final List<String> FLAGS = List.of("-h", "--help", "--version", "--measure-startup", "--bare",
            "--offline", "--all", "--landscape");

    /** An empty value is named as such ({@code --dataset=} would otherwise name the working folder). */
    private static UsageException empty(String option) {
        return new UsageException(option + " needs a value: the value is empty");
    }

    /**
     * A message with every form of the API key replaced by {apikey}: keys are secrets, and a message may quote the
     * URL the key was put into (as given, or URL-encoded).
     */
    static String withoutKey(String message, String apiKey) {
        if (message == null || apiKey == null || apiKey.isBlank()) {
            return message;
        }
        String m = message;
        for (String form : new String[] {apiKey, apiKey.strip(),
                java.net.URLEncoder.encode(apiKey.strip(), java.nio.charset.StandardCharsets.UTF_8),
                java.net.URLEncoder.encode(apiKey.strip(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")}) {
            if (!form.isEmpty()) {
                m = m.replace(form, "{apikey}");
            }
        }
        return m;
    }
}
