package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;

class FigureThemeTest {

    static Dataset ds;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    static FigureTheme theme(String metricId) {
        return FigureTheme.of(ds.metrics().stream().filter(m -> m.id().equals(metricId)).findFirst().orElseThrow());
    }

    @Test
    void eTownsFiguresGoWhereADelegationLooksForThem() {
        assertEquals(FigureTheme.INVESTMENT, theme("bda-fdi-h1-2024"));
        assertEquals(FigureTheme.INVESTMENT, theme("bda-trade-h1-2024"));
        assertEquals(FigureTheme.INVESTMENT, theme("bda-fortune500"));
        assertEquals(FigureTheme.INVESTMENT, theme("bda-foreign-output-share"));
        assertEquals(FigureTheme.ENTERPRISES, theme("bda-aerospace-companies"));
        assertEquals(FigureTheme.ENTERPRISES, theme("bda-little-giants"));
        assertEquals(FigureTheme.TALENT, theme("bda-talents"));
        assertEquals(FigureTheme.TALENT, theme("bda-rnd-institutions"));
        assertEquals(FigureTheme.ECONOMY, theme("bda-future-industries"));
        assertEquals(FigureTheme.PLANS, theme("bda-bank-credit"));
        assertEquals(FigureTheme.PLANS, theme("bda-industrial-space"));
        assertEquals(FigureTheme.PLANS, theme("bda-spatial-carriers"));
    }

    @Test
    void everyTargetIsAPlanAndNoActualIs() {
        for (Metric m : ds.metrics()) {
            assertEquals(m.kind() == MetricKind.TARGET, FigureTheme.of(m) == FigureTheme.PLANS, m.id());
        }
    }
}
