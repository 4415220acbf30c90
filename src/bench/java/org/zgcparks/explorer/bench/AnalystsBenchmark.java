package org.zgcparks.explorer.bench;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.zgcparks.explorer.compare.ChartModels;
import org.zgcparks.explorer.compare.ChartSvg;
import org.zgcparks.explorer.compare.IndustryCounts;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.export.DataExport;
import org.zgcparks.explorer.export.ExportFormat;
import org.zgcparks.explorer.export.FigureCsv;
import org.zgcparks.explorer.export.ParksGeoJson;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;

/**
 * The analysts' tools on a synthetic dataset: Compare of six parks (alignment of their figures, the industry
 * matrix), the data of the "industries by park count" chart over every park, and the CSV and GeoJSON exports of
 * every park to a file (atomic write included). Each synthetic park gets 4–12 figures copied from the bundled
 * dataset's (their names, units, periods and kinds), so that the parks share figures the way real ones do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalystsBenchmark {

    @Param({"2543"})
    public int parks;

    private Dataset ds;
    private List<List<Park>> sixes;
    private Path dir;
    private int next;
    private final Messages english = new Messages(Locale.ENGLISH);

    @Setup
    public void setUp() throws Exception {
        ds = withFigures(SyntheticDatasets.generate(parks, 42), 7);
        Random rnd = new Random(3);
        sixes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            List<Park> six = new ArrayList<>();
            while (six.size() < 6) {
                Park p = ds.parks().get(rnd.nextInt(ds.parks().size()));
                if (!six.contains(p)) {
                    six.add(p);
                }
            }
            sixes.add(six);
        }
        dir = Files.createTempDirectory("zgc-export-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    /** Every park gets 4–12 figures copied from the bundled dataset's. */
    static Dataset withFigures(Dataset synthetic, long seed) throws Exception {
        List<Metric> templates = new DatasetLoader().loadBundled().metrics();
        Random rnd = new Random(seed);
        List<Metric> metrics = new ArrayList<>();
        for (Park p : synthetic.parks()) {
            int n = 4 + rnd.nextInt(9);
            for (int k = 0; k < n; k++) {
                Metric t = templates.get(rnd.nextInt(templates.size()));
                BigDecimal factor = BigDecimal.valueOf(1 + rnd.nextInt(5));
                metrics.add(new Metric(p.id() + "-m" + k, p.id(), t.name(), t.qualifier(),
                        t.value().multiply(factor), t.valueTo().map(to -> to.multiply(factor)), t.unit(), t.currency(),
                        t.period(), t.kind(), t.yoyChangePct(), t.citations(), t.note(), t.projectReading()));
            }
        }
        return new Dataset(synthetic.info(), synthetic.sources(), synthetic.regions(), synthetic.districts(),
                synthetic.industryGroups(), synthetic.industries(), synthetic.parks(), synthetic.policies(), metrics);
    }

    @Benchmark
    public int compareSixParks() {
        return ParkComparison.of(ds, sixes.get(next++ & 15)).figureRows().size();
    }

    @Benchmark
    public int industryChartDataOverAllParks() {
        return IndustryCounts.top(ds.parks(), 15).size();
    }

    /** What a booklet of every park charts: the industries and the three figures most parks share, as models. */
    @Benchmark
    public int bookletChartsOverAllParks() {
        ChartModels models = new ChartModels(english);
        int bars = models.industries(ds, ds.parks(), "").categories().size();
        for (List<ChartModels.ParkFigure> figure : ChartModels.comparable(ds, ds.parks(), 3)) {
            bars += models.figure(figure).categories().size();
        }
        return bars;
    }

    /** The industries chart over every park, drawn as an SVG document. */
    @Benchmark
    public int industriesChartSvgOverAllParks() {
        return ChartSvg.svg(new ChartModels(english).industries(ds, ds.parks(), "")).length();
    }

    @Benchmark
    public int exportCsvToFile() throws Exception {
        return DataExport.write(ds, ds.parks(), dir.resolve("parks.csv"), ExportFormat.CSV).figures();
    }

    @Benchmark
    public int exportGeoJsonToFile() throws Exception {
        return DataExport.write(ds, ds.parks(), dir.resolve("parks.geojson"), ExportFormat.GEOJSON).parks();
    }

    /** The sizes of the two exports, printed once by {@link #main}. */
    public static void main(String[] args) throws Exception {
        Dataset d = withFigures(SyntheticDatasets.generate(2543, 42), 7);
        var csv = new ByteArrayOutputStream();
        FigureCsv.write(d, d.parks(), csv);
        var geo = new ByteArrayOutputStream();
        ParksGeoJson.write(d, d.parks(), geo);
        System.out.println("2543 parks, " + d.metrics().size() + " figures: CSV " + csv.size() / 1024 + " KiB, GeoJSON "
                + geo.size() / 1024 + " KiB");
    }
}
