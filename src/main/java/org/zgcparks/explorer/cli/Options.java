package org.zgcparks.explorer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.zgcparks.explorer.model.ParkKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The options of {@code zgc-parks-explorer} as picocli reads them: one typed field per option, each value converted
 * and checked as it is read, and the help generated from the same declarations, so that the help cannot list an
 * option the parser does not know (or miss one it does). picocli is the Java field's standard command-line library;
 * it replaced a hand-written parser. The checks between options (which go together) are in the parse method of
 * this package's {@code CommandLine} record.
 */
@Command(name = "zgc-parks-explorer", sortOptions = false, usageHelpWidth = 112, separator = "=",
        synopsisHeading = "Usage: ",
        customSynopsis = "java -jar zgc-parks-explorer.jar [options] [zgcparks://park/ID?lang=xx]",
        descriptionHeading = "%n",
        description = "Opens ZGC Parks Explorer, a map of Zhongguancun Science Park and Beijing E-Town.",
        parameterListHeading = "%nA link to a park:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%n",
        footer = "Exit status: 0 on success, 2 on a bad command line, 1 on any other error.")
final class Options {

    /** The paper sizes of {@code --paper}. */
    static final List<String> PAPERS = List.of("a4", "letter", "legal", "a3", "a5");

    /** Where a converter's message names the option it was given to. */
    private static final String OPTION = "{option}";

    @Option(names = "--dataset", paramLabel = "FILE", description = "open this dataset file instead of the bundled one")
    Path dataset;

    @Option(names = "--lang", paramLabel = "en|zh|ru", converter = LanguageValue.class,
            description = "interface language, also of the messages of --export and --export-pdf and of the fact "
                    + "sheets (default: the system's, else English)")
    Locale language;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "keep settings and caches in DIR instead of the user's folders")
    Path configDir;

    @Option(names = "--industry", paramLabel = "ID",
            description = "show only parks with this industry (repeatable; ids as in the dataset, e.g. "
            + "commercial-aerospace, ai, integrated-circuits; an unknown id is named with the closest "
            + "ones)")
    List<String> industries = new ArrayList<>();

    @Option(names = "--match", paramLabel = "any|all", converter = MatchValue.class,
            description = "with several --industry: parks with any (default) or all of them")
    Match match;

    /** {@code --match}: parks with any of the industries, or with all of them. */
    enum Match { ANY, ALL }

    @Option(names = "--kind", paramLabel = "KIND", converter = KindValue.class, completionCandidates = KindIds.class,
            description = "show only parks of this kind (repeatable): ${COMPLETION-CANDIDATES}")
    List<ParkKind> kinds = new ArrayList<>();

    @Option(names = "--district", paramLabel = "ID",
            description = "show only parks in this district (repeatable), e.g. haidian, daxing")
    List<String> districts = new ArrayList<>();

    @Option(names = "--tile-url", paramLabel = "TEMPLATE", description = {
        "load map tiles from this XYZ server for this run, e.g.",
        "https://{s}.tiles.example.com/{z}/{x}/{y}.png?key={apikey}"})
    String tileUrl;

    @Option(names = "--tile-subdomains", paramLabel = "LIST", description = "subdomains for {s} (default a,b,c)")
    String subdomains;

    @Option(names = "--tile-api-key", paramLabel = "KEY", description = "the key for {apikey} in --tile-url")
    String apiKey;

    @Option(names = "--tile-attribution", paramLabel = "TEXT", description = "the credit the tile provider requires")
    String attribution;

    @Option(names = "--mbtiles", paramLabel = "FILE",
            description = "load map tiles from this MBTiles file for this run")
    Path mbtiles;

    @Option(names = "--offline", description = "never contact a tile server: cached tiles and the offline basemap")
    boolean offline;

    @Option(names = "--tile-cache-mb", paramLabel = "N", converter = CacheMbValue.class,
            description = "size limit of the tile cache in MB (default 500, or as set in Settings)")
    Integer cacheMb;

    @Option(names = "--export-pdf", paramLabel = "FILE",
            description = "write fact sheets to a PDF and exit, without opening a window (works with no display): "
            + "with --park ID a one-page fact sheet (several --park: a booklet of them), with --all a "
            + "booklet (cover, contents, a page per park) of every park matching the filter options "
            + "(--industry, --match, --kind, --district)")
    Path exportPdf;

    @Option(names = "--park", paramLabel = "ID",
            description = "the park to export (repeatable): its id, e.g. haidian-park, bda, or any of its names or "
            + "aliases")
    List<String> parks = new ArrayList<>();

    @Option(names = "--all", description = "export every park that matches the filter options")
    boolean all;

    @Option(names = "--paper", paramLabel = "a4|letter|legal|a3|a5", converter = PaperValue.class,
            description = "paper size of the PDF (default a4)")
    String paper;

    @Option(names = "--landscape", description = "lay the PDF out in landscape")
    boolean landscape;

    @Option(names = "--charts", description = "with --export-pdf: make a booklet with chart pages (industries by park "
            + "count, figures the parks share) after its contents")
    boolean charts;

    @Option(names = "--export", paramLabel = "FILE",
            description = "write the parks matching the filter options to FILE and exit, without a window: .csv "
            + "(their figures, one row each) or .geojson (outlines and markers, for GIS)")
    Path exportData;

    @Option(names = "--select", paramLabel = "ID", description = "open with this park selected, e.g. --select bda")
    String select;

    @Option(names = "--measure-startup",
            description = "print milliseconds from process start to the first frame with every park drawn "
            + "('first-frame N') and to the first frame of the whole window ('ready N'), then exit")
    boolean measureStartup;

    @Option(names = "--bare",
            description = "with --measure-startup: an empty window with only a map (the toolkit's floor)")
    boolean bare;

    @Option(names = "--version", versionHelp = true, description = "print the version and exit")
    boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    boolean help;

    @Parameters(paramLabel = "zgcparks://park/ID?lang=xx", arity = "0..*", description = {
        "a link to a park (as the desktop passes it): like --select ID --lang xx; --lang given too wins"})
    List<String> links = new ArrayList<>();

    /** A command line picocli could not read, with the message to print. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    /** Reads the arguments into their typed fields; each value is checked as it is read. */
    static Options parse(String... args) throws Problem {
        Options options = new Options();
        CommandLine parser = parser(options);
        List<String> flags = parser.getCommandSpec().options().stream().filter(o -> o.arity().max() == 0)
                .flatMap(o -> Arrays.stream(o.names())).toList();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("-") && eq > 0 && flags.contains(arg.substring(0, eq))) {
                throw new Problem(arg.substring(0, eq) + " takes no value");
            }
        }
        try {
            parser.parseArgs(args);
        } catch (ParameterException e) {
            throw new Problem(message(e, parser));
        }
        return options;
    }

    /** The generated help. */
    static String usage() {
        return parser(new Options()).getUsageMessage(Help.Ansi.OFF).stripTrailing();
    }

    private static CommandLine parser(Options options) {
        CommandLine parser = new CommandLine(options);
        parser.setOverwrittenOptionsAllowed(true); // a single-valued option given twice: the last one wins
        parser.setExpandAtFiles(false); // an argument starting with @ is a value, not a file of arguments
        parser.setUnmatchedOptionsAllowedAsOptionParameters(false); // "--industry --kind" lacks a value
        parser.registerConverter(String.class, Options::nonEmpty);
        parser.registerConverter(Path.class, Options::path);
        return parser;
    }

    /** The message of a command line picocli rejected, in the words the explorer has always used. */
    private static String message(ParameterException e, CommandLine parser) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (!arg.startsWith("-")) {
                return "unexpected argument \"" + arg + "\" (options start with --)";
            }
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            return "unknown option \"" + option + "\"" + didYouMean(option, parser);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            return o.longestName() + " needs a value";
        }
        ArgSpec spec = e.getArgSpec();
        if (e.getCause() instanceof TypeConversionException t && spec != null) {
            if (spec instanceof OptionSpec o) {
                return t.getMessage().replace(OPTION, o.longestName());
            }
            return "unexpected argument \"" + e.getValue() + "\" (options start with --)";
        }
        // "--industry --kind": picocli names the option that lacks its value only in its message
        String expected = "Expected parameter for option '";
        int at = e.getMessage() == null ? -1 : e.getMessage().indexOf(expected);
        if (at >= 0) {
            String option = e.getMessage().substring(at + expected.length());
            return option.substring(0, option.indexOf('\'')) + " needs a value";
        }
        return e.getMessage();
    }

    private static String didYouMean(String option, CommandLine parser) {
        List<String> names = parser.getCommandSpec().options().stream().map(OptionSpec::longestName)
                .map(n -> n.replaceFirst("^-+", "")).toList();
        List<String> closest = Suggestions.closest(option.replaceFirst("^-+", ""), names, 3).stream()
                .map(n -> n.length() == 1 ? "-" + n : "--" + n).toList();
        return closest.isEmpty() ? "" : "; did you mean " + Suggestions.or(closest, Locale.ENGLISH) + "?";
    }

    private static String didYouMean(String value, List<String> candidates) {
        List<String> closest = Suggestions.closest(value, candidates, 3);
        return closest.isEmpty() ? "" : "; did you mean " + Suggestions.or(closest, Locale.ENGLISH) + "?";
    }

    /** An empty value is named as such ({@code --dataset=} would otherwise name the working folder). */
    private static String nonEmpty(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException(OPTION + " needs a value: the value is empty");
        }
        return value;
    }

    private static Path path(String value) {
        try {
            return Path.of(nonEmpty(value));
        } catch (InvalidPathException e) {
            throw new TypeConversionException(OPTION + ": \"" + value + "\" is not a valid file name (" + e.getReason() + ")");
        }
    }

    static final class LanguageValue implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            if (!List.of("en", "zh", "ru").contains(value)) {
                throw new TypeConversionException(OPTION + " must be en, zh or ru, not \"" + value + "\"");
            }
            return Locale.forLanguageTag(value);
        }
    }

    static final class MatchValue implements ITypeConverter<Match> {
        @Override
        public Match convert(String value) {
            if (!value.equals("any") && !value.equals("all")) {
                throw new TypeConversionException(OPTION + " must be any or all, not \"" + value + "\"");
            }
            return value.equals("all") ? Match.ALL : Match.ANY;
        }
    }

    static final class KindValue implements ITypeConverter<ParkKind> {
        @Override
        public ParkKind convert(String value) {
            List<String> ids = new ArrayList<>();
            new KindIds().forEach(ids::add);
            String guess = didYouMean(value, ids);
            return ParkKind.fromId(value).orElseThrow(() -> new TypeConversionException("unknown park kind \"" + value
                    + "\" for " + OPTION + guess + (guess.isEmpty() ? "; " : " ") + "expected one of " + String.join(", ", ids)));
        }
    }

    /** The ids of the park kinds, for the help. */
    static final class KindIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ParkKind.values()).map(ParkKind::id).iterator();
        }
    }

    static final class PaperValue implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String paper = value.toLowerCase(Locale.ROOT);
            if (!PAPERS.contains(paper)) {
                throw new TypeConversionException(OPTION + " must be a4, letter, legal, a3 or a5, not \"" + value + "\""
                        + didYouMean(paper, PAPERS));
            }
            return paper;
        }
    }

    static final class CacheMbValue implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int mb;
            try {
                mb = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                mb = -1;
            }
            if (mb < 10 || mb > 100_000) {
                throw new TypeConversionException(OPTION + " must be a whole number of MB from 10 to 100000, not \""
                        + value + "\"");
            }
            return mb;
        }
    }
}
