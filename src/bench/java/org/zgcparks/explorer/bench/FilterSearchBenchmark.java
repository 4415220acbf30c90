package org.zgcparks.explorer.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.query.ParkMatcher;
import org.zgcparks.explorer.query.SearchIndex;

/**
 * Per-keystroke cost of the filter and of search, sampled (SampleTime gives the median and p99). One
 * invocation is one keystroke: a filter change re-runs the matcher; a search runs the index for a query prefix.
 * Queries cycle through English, pinyin with tones, Chinese, Russian and a typo so every scoring path is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FilterSearchBenchmark {

    @Param({"31", "2543", "25000"})
    public int parks;

    private ParkMatcher matcher;
    private SearchIndex index;
    private List<ParkFilter> filters;
    private final String[] queries = {"zh", "zhong", "zhongguan", "Hǎidiàn", "中关", "Чжун", "aero", "scince park", "xin"};
    private int next;

    @Setup
    public void setUp() throws Exception {
        Dataset ds = SyntheticDatasets.generate(parks, 42);
        matcher = new ParkMatcher(ds);
        index = new SearchIndex(ds);
        filters = List.of(
                ParkFilter.NONE.withIndustries(Set.of("ai")),
                ParkFilter.NONE.withIndustries(Set.of("ai", "integrated-circuits")),
                new ParkFilter(Set.of("ai", "biomedicine"), ParkFilter.MatchMode.ALL, Set.of(), Set.of("haidian")),
                ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace")));
    }

    @Benchmark
    public int filter() {
        return matcher.matches(filters.get(next++ & 3)).size();
    }

    @Benchmark
    public int search() {
        return index.search(queries[next++ % queries.length], 12).size();
    }
}
