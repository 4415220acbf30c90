package org.zgcparks.explorer.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The version users see (About, PDF footers, --version) is the release's, the one the installers carry. */
class AppInfoTest {

    @Test
    void theVersionIsTheReleaseNumberWithoutMavensSnapshotSuffix() {
        String v = AppInfo.version();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+"), v);
    }
}
