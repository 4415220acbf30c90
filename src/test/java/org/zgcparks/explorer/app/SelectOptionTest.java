package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;

/** {@code --select ID} and links name a park of the dataset; an unknown one is named with the valid ids. */
class SelectOptionTest {

    @Test
    void anUnknownParkIsNamedWithTheValidIds() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        assertNull(CommandLineFilter.checkSelect(CommandLine.parse("--select", "bda"), ds));
        assertNull(CommandLineFilter.checkSelect(CommandLine.parse(), ds));
        String e = CommandLineFilter.checkSelect(CommandLine.parse("zgcparks://park/atlantis"), ds);
        assertTrue(e.contains("unknown park \"atlantis\"") && e.contains("bda") && e.contains("zgc-street"), e);
    }
}
